"""Filipino: every sentence `score-lab grade` and `score-lab feedback` show (IDs
`grading.<key>`, the same keys and placeholders as en_grading.py)."""

from __future__ import annotations

GRADING: dict[str, str] = {
    # --- mistakes a trainer can fix (exit code 1) ------------------------------------
    "trainer_no_folder": "Walang folder na {folder}. Tingnan ang pangalan at subukan ulit.",
    "trainer_not_a_folder": "File ang {folder}, hindi folder. Ibigay ang folder na may mga "
                            "notebook ng mga kalahok.",
    "trainer_empty_folder": "Walang file na mamarkahan sa folder na {folder}. Kopyahin muna "
                            "dito ang mga notebook ng mga kalahok.",
    "trainer_out_inside": "Nasa loob ng submissions folder ang output folder na {out}. "
                          "Pumili ng folder sa labas ng {folder}, halimbawa {suggestion}.",
    "trainer_submissions_in_out": "Nasa loob ang submissions folder na {folder} ng folder "
                                  "na muling sinusulatan ng score-lab grade sa {out}. Ilipat "
                                  "ang submissions sa ibang lugar.",
    "trainer_out_not_ours": "May ibang file na sa output folder na {out} na kapangalan ng "
                            "sa amin ({names}). Pumili ng walang lamang folder o bagong "
                            "pangalan.",
    "trainer_out_missing": "Walang resulta ng pagmamarka sa {out}. Patakbuhin muna ang "
                           "score-lab grade.",
    "trainer_no_assignments": "Walang assignment na nakita sa {folder}. Ang bawat "
                              "assignment ay folder ng mga solution notebook.",
    "trainer_generate_failed": "Hindi maihanda ng nbgrader ang assignment na {assignment}. "
                               "Patakbuhin ang score-lab release para makita ang problema.",
    "trainer_positive": "Ang {name} ay dapat numerong higit sa zero.",
    # --- statuses, in grades.csv's message column --------------------------------------
    "trainer_not_a_notebook": "Hindi Jupyter notebook ang file na ito, kaya hindi ito "
                              "mamarkahan. Pakiusapan ang kalahok na i-save ito ulit gamit "
                              "ang File > Download.",
    "trainer_not_a_notebook_office": "Word, Excel o zip file ito na pinalitan ng pangalan "
                                     "na .ipynb. Hingin sa kalahok ang mismong notebook.",
    "trainer_link_not_followed": "Link (shortcut) ito papunta sa ibang lugar, hindi mismong "
                                 "file, kaya hindi ito binuksan: hindi sinusundan ang mga "
                                 "link. Kopyahin ang mismong notebook sa folder.",
    "trainer_unknown_assignment": "Wala sa notebook na ito ang mga minamarkahang tanong ng "
                                  "aming mga assignment, kaya hindi ito mamarkahan.",
    "trainer_unknown_hint": "Mukhang {assignment} ito ayon sa pangalan, pero wala rito ang "
                            "mga tanong.",
    "trainer_duplicate": "May mas bagong kopya si {participant} para sa {assignment}: "
                         "{newest}. Ang pinakabagong kopya lang ang minarkahan.",
    "trainer_kernel_stopped": "Pinahinto ng notebook ang Python kernel (halimbawa sa "
                              "os._exit o dahil naubos ang memory). Hindi ito namarkahan. "
                              "Tingnan ang code ng kalahok, saka markahan ulit.",
    "trainer_autograde_failed": "Hindi mamarkahan ng nbgrader ang notebook na ito. Nasa "
                                "{log} ang detalye.",
    "trainer_worker_failed": "Biglang huminto ang pagmamarka ng notebook na ito: {error}.",
    "trainer_timeout": "May cell na tumakbo nang lampas {seconds:g} segundo at pinahinto "
                       "({where}). Namarkahan ang ibang tanong.",
    "trainer_tampered_deleted": "May binurang naka-lock na cell: {cells}. Zero puntos ang "
                                "mga iyon.",
    "trainer_tampered_changed": "May binagong naka-lock na cell: {cells}. Minarkahan ng "
                                "nbgrader gamit ang orihinal na mga cell.",
    "trainer_unnamed": "Walang pangalan ({file})",
    # --- progress on the terminal ------------------------------------------------------
    "trainer_found": "May {files} file: {to_grade} notebook ang mamarkahan.",
    "trainer_sandbox_on": "Tumatakbo ang code ng mga kalahok sa loob ng sandbox (bubblewrap): "
                          "walang network, walang ibang file, walang secret, at may limit ang "
                          "memory at oras.",
    "trainer_sandbox_off": "Walang sandbox sa computer na ito: malinis na environment, sariling "
                           "kopya at time limit lang ang proteksyon, kaya puwedeng mabasa ng "
                           "code ng kalahok ang mga file mo. Mag-grade sa Linux na may "
                           "bubblewrap (sudo apt-get install bubblewrap) para buo ang "
                           "proteksyon.",
    "trainer_progress": "Minamarkahan",
    "trainer_done": "Namarkahan ang {graded} sa {files} file sa loob ng {seconds:.0f} s. "
                    "Mga resulta: {out}",
    "trainer_needs_look": "{count} file ang kailangang tingnan: tingnan ang status column "
                          "ng {csv}.",
    "trainer_stopped": "Huminto ang pagmamarka. Hindi nagalaw ang mga file ng mga kalahok; "
                       "patakbuhin ulit ang parehong command para markahan ang klase.",
    "trainer_feedback_done": "Naisulat ang feedback para sa {participants} kalahok at ang "
                             "report ng klase: {report}",
    # --- participant feedback pages ----------------------------------------------------
    "fb_title": "Feedback para kay {participant}",
    "fb_assignment_title": "{assignment} · feedback para kay {participant}",
    "fb_score": "Ang iskor mo: {score:g} sa {max_score:g} puntos",
    "fb_passed": "Tama",
    "fb_not_passed": "Hindi pa",
    "fb_points": "{points:g} sa {max_points:g} puntos",
    "fb_points_one": "{points:g} sa {max_points:g} puntos",
    "fb_deleted_check": "Nabura ang check na ito sa notebook mo, kaya hindi ito tumakbo.",
    "fb_check_timeout": "Tumakbo ang check na ito nang lampas {seconds:g} segundo at "
                        "pinahinto. Hanapin ang loop na hindi natatapos.",
    "fb_check_error": "Huminto ang check dahil sa error: {error}. Patakbuhin ang lahat ng "
                      "cell mula sa itaas at hanapin ang unang error.",
    "fb_status_timeout": "May cell mo na tumakbo nang matagal at pinahinto. Hanapin ang loop "
                         "na hindi natatapos. Namarkahan ang ibang tanong.",
    "fb_older_copies": "Hindi minarkahan ang mas lumang kopya na ipinasa mo: {files}. Ang "
                       "pinakabagong kopya lang ang bilang.",
    "fb_older_copy_short": "lumang kopya, hindi minarkahan",
    "fb_status_tampered": "May binago o binurang naka-lock na cell sa notebook mo. "
                          "Minarkahan ito ng trainer mo gamit ang orihinal na mga cell. "
                          "Huwag galawin ang mga gray na \"Checks\" cell.",
    "fb_status_error": "Hindi namarkahan ang notebook mo. Kausapin ang trainer mo.",
    "fb_status_not_a_notebook": "Hindi mabuksan bilang notebook ang file mo. Ipadala ulit: "
                                "sa Jupyter, gamitin ang File > Download.",
    "fb_status_unknown_assignment": "Hindi isa sa mga minamarkahang exercise ang notebook na "
                                    "ito. Ipadala ang exercise notebook.",
    "fb_file": "File: {file}",
    "fb_index_intro": "Ang mga resulta mo, isang linya bawat notebook na ipinasa mo.",
    "fb_not_graded": "hindi minarkahan",
    "fb_footer": "SCORE AI Lab · minarkahan gamit ang nbgrader",
    # --- class report ------------------------------------------------------------------
    "report_title": "Report ng klase",
    "report_intro": "{files} file mula sa {participants} kalahok, minarkahan noong {date}.",
    "report_statuses": "Mga file ayon sa status",
    "report_scores": "Mga iskor",
    "report_distribution": "Distribution ng mga iskor",
    "report_distribution_axis": "Iskor (% ng mga puntos)",
    "report_participants_axis": "Mga notebook",
    "report_missed": "Mga tanong na pinakamadalas hindi naipasa",
    "report_missed_axis": "Mga kalahok na hindi nakapasa",
    "report_no_data": "Wala pang namarkahan.",
    "report_participant": "Kalahok",
    "report_status": "Status",
    "report_count": "Mga file",
    "report_needs_look": "Mga file na kailangang tingnan",
    "report_file": "File",
    "report_message": "Ano ang nangyari",
    "report_not_recognised": "hindi nakilala",
    "report_feedback": "feedback",
    "report_status_meaning_graded": "namarkahan nang normal",
    "report_status_meaning_timeout": "may cell na tumakbo nang matagal; namarkahan ang iba",
    "report_status_meaning_error": "hindi mamarkahan, o lumang kopya",
    "report_status_meaning_not_a_notebook": "hindi notebook file",
    "report_status_meaning_unknown_assignment": "hindi isa sa aming mga assignment",
    "report_status_meaning_tampered": "may binago o binurang naka-lock na cell",
}

SECTIONS: dict[str, dict[str, str]] = {"grading": GRADING}
