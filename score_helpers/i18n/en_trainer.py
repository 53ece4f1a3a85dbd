"""English: every word of the trainer dashboard (IDs `app.trainer_dashboard.<key>`).

Plurals are two entries, `<kind>_one` and `<kind>_many`; the short grade words shown in
the grid are `grade_short_<status>`. Placeholders are str.format names.
"""

from __future__ import annotations

TRAINER_DASHBOARD: dict[str, str] = {
    "title": "Trainer dashboard",
    "intro": "See, question by question, who has tried, who got it right and who is stuck "
             "now. Press Refresh to read the newest progress.",
    "folder_label": "Progress folder",
    "grades_label": "Grades file",
    "grades_placeholder": "optional: path to grades.csv",
    "refresh": "Refresh",
    "status": "Last refreshed {time} · {participants} · {events}",
    "skipped": "{count} damaged line(s) skipped",
    "no_folder": "The progress folder {folder} does not exist yet. It appears when the first "
                 "participant checks an answer. Check the folder name above.",
    "no_events": "There is no progress in {folder} yet. It appears here when participants "
                 "run check(), hint() or solution().",
    "grades_problem": "{problem} The grid shows the progress log only.",
    "unexpected": "Something went wrong while reading the files: {error}",
    "stuck_title": "Stuck now",
    "nobody_stuck": "Nobody is stuck right now.",
    "stuck_line": "{name}: {tries} on {module} {question} in the last {minutes}, {hints}. "
                  "Go and help.",
    "participant": "Participant",
    "grade": "Grade",
    "no_grade": "no grade yet",
    "legend": "{correct} correct {tried} tried, not correct yet {stuck} stuck now "
              "{none} not started. A small number shows the hints used; S means the "
              "solution was viewed.",
    "cell_title": "{name}, {module} {question}: {state}",
    "state_correct": "correct",
    "state_tried": "tried, not correct yet",
    "state_stuck": "stuck now",
    "state_none": "not started",
    "try_one": "1 try", "try_many": "{n} tries",
    "hint_one": "1 hint", "hint_many": "{n} hints",
    "minute_one": "1 minute", "minute_many": "{n} minutes",
    "participant_one": "1 participant", "participant_many": "{n} participants",
    "event_one": "1 event", "event_many": "{n} events",
    "check_one": "1 check", "check_many": "{n} checks",
    "no_hints": "no hints",
    "grade_short_timeout": "timed out",
    "grade_short_error": "error",
    "grade_short_not_a_notebook": "not a notebook",
    "grade_short_unknown_assignment": "unknown",
    "grade_short_tampered": "tampered",
}

# The class hub's login page (deploy/templates/login.html, course/hub_login.py).
HUB_LOGIN: dict[str, str] = {
    "class_code_label": "Class code (first time only)",
    "first_time": "First time here? Type your name, choose your own password (at least "
                  "{length} characters) and type the class code your trainer gave you. "
                  "Next time, your name and your password are enough.",
    "need_class_code": "This name is new. To take it, type the class code your trainer gave "
                       "you, and choose your own password.",
    "own_password": "Choose your own password, not the class code: the class code is shared "
                    "by everybody.",
    "short_password": "Choose a password of at least {length} characters.",
    "trainer_name": "This name is kept for the trainer. Choose another name.",
}

DOCTOR: dict[str, str] = {
    "heading": "Laptop check",
    "title_python": "Python",
    "ok_python": "version {version}, ready",
    "bad_python": "too old or not working",
    "title_package": "The course package",
    "ok_package": "installed, and the notebooks can use it",
    "bad_package": "something is missing",
    "title_data": "The practice data",
    "ok_data": "{files} files, all complete",
    "ok_data_plain": "complete",
    "bad_data": "a file is missing or damaged",
    "title_model": "The AI model",
    "ok_model": "ready",
    "bad_model": "not ready",
    "title_apps": "The apps",
    "ok_apps": "{apps} apps, ready to open in your browser",
    "ok_apps_plain": "ready to open in your browser",
    "bad_apps": "cannot open yet",
    "title_disk": "Disk space",
    "ok_disk": "{free} GB free",
    "ok_disk_plain": "enough free space",
    "bad_disk": "only {free} GB free; the course needs {need} GB",
    "bad_disk_plain": "not enough free space",
    "title_memory": "Memory",
    "ok_memory": "{total} GB, enough",
    "ok_memory_plain": "enough",
    "bad_memory": "{total} GB; the course needs {need} GB",
    "bad_memory_plain": "not enough",
    "ok_python_plain": "ready",
    "for_trainer": "For the trainer",
    "fix": "fix:",
    "all_good": "All set: this laptop is ready for the course.",
    "some_bad": "{count} to fix. Show this list to your trainer.",
    "more": "The details (each check and the package versions): score-lab doctor --details",
    "details": "Details (for the trainer)",
    "packages": "Installed packages:",
}

SECTIONS: dict[str, dict[str, str]] = {"app.trainer_dashboard": TRAINER_DASHBOARD,
                                       "hub.login": HUB_LOGIN, "course.doctor": DOCTOR}
