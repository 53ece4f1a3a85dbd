"""English: every sentence `score-lab grade` and `score-lab feedback` show (IDs
`grading.<key>`). Keys starting with `trainer_` are read by the trainer (terminal,
grades.csv, report); keys starting with `fb_` by participants in their feedback pages;
`report_` in the class report. Placeholders use str.format names.
"""

from __future__ import annotations

GRADING: dict[str, str] = {
    # --- mistakes a trainer can fix (exit code 1) ------------------------------------
    "trainer_no_folder": "The folder {folder} does not exist. Check the name and try again.",
    "trainer_not_a_folder": "{folder} is a file, not a folder. Give the folder that holds "
                            "the participants' notebooks.",
    "trainer_empty_folder": "The folder {folder} has no files to grade. Copy the "
                            "participants' notebooks into it first.",
    "trainer_out_inside": "The output folder {out} is inside the submissions folder. "
                          "Choose a folder outside {folder}, for example {suggestion}.",
    "trainer_submissions_in_out": "The submissions folder {folder} is inside a folder that "
                                  "score-lab grade writes again in {out}. Move the "
                                  "submissions somewhere else.",
    "trainer_out_not_ours": "The output folder {out} already holds other files named like "
                            "ours ({names}). Choose an empty folder or a new name.",
    "trainer_out_missing": "There are no grading results in {out}. Run score-lab grade "
                           "first.",
    "trainer_no_assignments": "No assignments were found in {folder}. Each assignment is a "
                              "folder of solution notebooks.",
    "trainer_generate_failed": "nbgrader could not prepare the assignment {assignment}. "
                               "Run score-lab release to see the problem.",
    "trainer_positive": "{name} must be a number above zero.",
    # --- statuses, in grades.csv's message column --------------------------------------
    "trainer_not_a_notebook": "This file is not a Jupyter notebook, so it cannot be graded. "
                              "Ask the participant to save it again with File > Download.",
    "trainer_not_a_notebook_office": "This file is a Word, Excel or zip file renamed to "
                                     ".ipynb. Ask the participant for the notebook itself.",
    "trainer_link_not_followed": "This is a link (shortcut) to somewhere else, not a file, "
                                 "so it was not opened: links are never followed. Copy the "
                                 "notebook itself into the folder.",
    "trainer_unknown_assignment": "This notebook has none of the graded questions of our "
                                  "assignments, so it cannot be graded.",
    "trainer_unknown_hint": "The name suggests {assignment}, but the questions are not in it.",
    "trainer_duplicate": "Another copy from {participant} for {assignment} is newer: {newest}. "
                         "Only the newest copy was graded.",
    "trainer_kernel_stopped": "The notebook stopped the Python kernel (for example with "
                              "os._exit or by using all the memory). It could not be graded. "
                              "Look at the participant's code, then grade it again.",
    "trainer_autograde_failed": "nbgrader could not grade this notebook. Details are in "
                                "{log}.",
    "trainer_worker_failed": "Grading stopped unexpectedly for this notebook: {error}.",
    "trainer_timeout": "A cell ran longer than {seconds:g} seconds and was stopped ({where}). "
                       "The other questions were graded.",
    "trainer_tampered_deleted": "Locked cells were deleted: {cells}. They count 0 points.",
    "trainer_tampered_changed": "Locked cells were changed: {cells}. nbgrader graded with "
                                "the original cells.",
    "trainer_unnamed": "Unnamed ({file})",
    # --- progress on the terminal ------------------------------------------------------
    "trainer_found": "Found {files} file(s): {to_grade} notebook(s) to grade.",
    "trainer_sandbox_on": "Participants' code runs in a sandbox (bubblewrap): no network, no "
                          "other files, no secrets, limited memory and time.",
    "trainer_sandbox_off": "No sandbox on this computer: participants' code runs with a clean "
                           "environment, a private copy and time limits only, but could read "
                           "your files. Grade on Linux with bubblewrap installed (sudo apt-get "
                           "install bubblewrap) for full isolation.",
    "trainer_progress": "Grading",
    "trainer_done": "Graded {graded} of {files} file(s) in {seconds:.0f} s. Results: {out}",
    "trainer_needs_look": "{count} file(s) need a look: see the status column of {csv}.",
    "trainer_stopped": "Grading stopped. The participants' files are unchanged; run the "
                       "same command again to grade the class.",
    "trainer_feedback_done": "Wrote feedback for {participants} participant(s) and the class "
                             "report: {report}",
    # --- participant feedback pages ----------------------------------------------------
    "fb_title": "Feedback for {participant}",
    "fb_assignment_title": "{assignment} · feedback for {participant}",
    "fb_score": "Your score: {score:g} of {max_score:g} points",
    "fb_passed": "Correct",
    "fb_not_passed": "Not yet",
    "fb_points": "{points:g} of {max_points:g} points",
    "fb_points_one": "{points:g} of {max_points:g} point",
    "fb_deleted_check": "This check was deleted from your notebook, so it could not run.",
    "fb_check_timeout": "This check ran longer than {seconds:g} seconds and was stopped. "
                        "Look for a loop that never ends.",
    "fb_check_error": "The check stopped with an error: {error}. Run all the cells from the "
                      "top and look for the first error.",
    "fb_status_timeout": "One of your cells ran too long and was stopped. Look for a loop "
                         "that never ends. The other questions were graded.",
    "fb_older_copies": "Older copies you handed in were not graded: {files}. Only the newest "
                       "copy counts.",
    "fb_older_copy_short": "older copy, not graded",
    "fb_status_tampered": "Some locked cells in your notebook were changed or deleted. Your "
                          "trainer graded it with the original cells. Keep the grey "
                          "\"Checks\" cells as they are.",
    "fb_status_error": "Your notebook could not be graded. Please talk to your trainer.",
    "fb_status_not_a_notebook": "Your file could not be opened as a notebook. Please send "
                                "it again: in Jupyter, use File > Download.",
    "fb_status_unknown_assignment": "This notebook is not one of the graded exercises. "
                                    "Please send the exercise notebook.",
    "fb_file": "File: {file}",
    "fb_index_intro": "Your results, one line per notebook you handed in.",
    "fb_not_graded": "not graded",
    "fb_footer": "SCORE AI Lab · graded with nbgrader",
    # --- class report ------------------------------------------------------------------
    "report_title": "Class report",
    "report_intro": "{files} file(s) from {participants} participant(s), graded on {date}.",
    "report_statuses": "Files by status",
    "report_scores": "Scores",
    "report_distribution": "Score distribution",
    "report_distribution_axis": "Score (% of the points)",
    "report_participants_axis": "Notebooks",
    "report_missed": "Questions most often not passed",
    "report_missed_axis": "Participants who did not pass",
    "report_no_data": "Nothing was graded yet.",
    "report_participant": "Participant",
    "report_status": "Status",
    "report_count": "Files",
    "report_needs_look": "Files that need a look",
    "report_file": "File",
    "report_message": "What happened",
    "report_not_recognised": "not recognised",
    "report_feedback": "feedback",
    "report_status_meaning_graded": "graded normally",
    "report_status_meaning_timeout": "a cell ran too long; the rest was graded",
    "report_status_meaning_error": "could not be graded, or an older copy",
    "report_status_meaning_not_a_notebook": "not a notebook file",
    "report_status_meaning_unknown_assignment": "not one of our assignments",
    "report_status_meaning_tampered": "locked cells changed or deleted",
}


SECTIONS: dict[str, dict[str, str]] = {"grading": GRADING}
