"""Filipino: the exercise engine's own sentences, whoami's, and the certificate's.

Plain Filipino as spoken on a Philippine factory floor, Taglish where people use it;
English where workers keep it (cell, function, text, percent, option, hint, KPI, EIT), as
trainer/filipino_glossary.md says. Same IDs and {placeholders} as en_engine.py.
"""

from __future__ import annotations

SECTIONS: dict[str, dict[str, str]] = {
    "engine": {
        "correct": "Tama! Magaling.",
        "correct_partial": "May tama ka na: {earned:g} sa {possible:g} puntos.",
        "not_attempted": "Hindi pa nasasagot. Palitan ang ____ ng sagot mo, i-run ang cell, "
                         "saka i-check ulit.",
        "not_attempted_missing": "Hindi pa nasasagot. Gumawa ng `{name}` sa isang cell sa "
                                 "itaas, i-run ito, saka i-check ulit.",
        "not_yet": "Hindi pa.",
        "look_again": "Tingnan ulit kung paano mo nakuha ang `{name}`.",
        "wrong_type": "Dapat ay {expected_kind} ang `{name}`, pero {actual_kind} ito.",
        "text_not_number": "Text ang `{name}` ({value!r}). Alisin ang mga quote para maging "
                           "numero ito.",
        "percent_not_fraction": "Mukhang percent ang sagot mo. Ibigay ito bilang fraction: "
                                "ang percent na hinati sa 100.",
        "wrong_length": "May {actual} row ang `{name}`; tingnan kung aling mga row ang "
                        "itinira mo.",
        "wrong_columns": "Wala sa `{name}` ang mga column na hinihingi ng tanong: {columns}.",
        "function_missing": "Hindi pa nasasagot. Gawin ang function na `{name}` at i-run ang "
                            "cell.",
        "function_error": "Huminto ang function mo dahil sa error sa {case}: {error}.",
        "function_wrong": "Iba ang resulta ng function mo sa {case}.",
        "text_missing_part": "Kulang pa sa text mo: {part}",
        "text_forbidden_part": "Hindi dapat nasa text mo: {part}",
        "text_too_short": "Dagdagan pa nang kaunti: kahit {count} salita.",
        "text_too_long": "Paikliin: hanggang {count} salita lang.",
        "reflection_thanks": "Salamat sa sagot mo. Walang iisang tamang sagot dito. "
                             "Ikumpara mo sa halimbawang ito:",
        "choice_unknown": "Pumili ng isa sa mga ito: {options}.",
        "choice_saved": "Sagot mo: {answer}",
        "choice_try_again": "Hindi pa iyan ang pinakamagandang sagot. Basahin ulit ang mga "
                            "option.",
        "hint_header": "Hint {number} sa {total}:",
        "hint_none": "Walang hint ang tanong na ito.",
        "hint_last": "Iyan na ang huling hint. Subukan ang {question}.solution() kung hirap "
                     "ka pa rin.",
        "solution_header": "Isang posibleng sagot:",
        "blank_used": "Palitan muna ang ____ ng sagot mo bago mo ito gamitin sa pag-compute.",
        "points": "{points:g} puntos",
        "points_one": "{points:g} puntos",
    },
    "engine.kind": {
        "bool": "True o False",
        "number": "numero",
        "text": "text",
        "table": "table (DataFrame)",
        "column": "column (Series)",
        "other": "isang {name}",
    },
    "engine.progress": {
        "hello": "Kumusta, {name}! Sa pangalang ito ise-save ang progress mo.",
        "env_wins": "Paalala: naka-set sa computer na ito ang SCORE_PARTICIPANT={name}, kaya sa "
                    "pangalang {name} naka-save ang progress.",
        "name_empty": 'Walang laman ang pangalan mo. I-type ang sarili mong pangalan at '
                      'apelyido sa loob ng mga quote.',
        "name_blank": 'Wala pang naka-save na pangalan. I-type ang sarili mong pangalan at '
                      'apelyido sa loob ng mga quote, kapalit ng ____, saka i-run ulit ang '
                      'cell.',
        "name_sample": 'Halimbawang pangalan lang ang "{name}", hindi sa iyo, kaya walang '
                       'na-save. I-type ang sarili mong pangalan at apelyido sa loob ng mga '
                       'quote at i-run ulit ang cell. Kung iyan talaga ang pangalan mo, '
                       'idagdag ang middle initial mo.',
        "name_too_long": "May {length} character ang pangalan mo; hanggang {limit} lang. "
                         "Pangalan at apelyido lang ang i-type.",
        "name_separator": "Bawal ang / o \\ sa pangalan. Pangalan at apelyido mo lang ang "
                          "i-type.",
        "name_not_saved": "Hindi ma-save ang pangalan mo sa {folder} ({error}). "
                          "Gagamitin ito hanggang isara mo ang notebook na ito.",
        "not_saved": "Hindi ma-save ang progress mo sa folder na {folder} ({error}). "
                     "Chine-check pa rin ang mga sagot mo. Pakisabi sa trainer na i-set ang "
                     "SCORE_PROGRESS_DIR sa folder na puwede mong pag-save-an.",
        "sample_left_out": "Hindi ipinapakita ang {count} entry na nasa mga halimbawang pangalan "
                           "({names}): hindi ito pangalan ng kahit sino. Kung may nag-Run All "
                           "sa module 00 nang hindi nagta-type ng pangalan, i-run niya ulit ang "
                           "name cell gamit ang sarili niyang pangalan.",
    },
    "certificate": {
        "title": "Sertipiko ng pagtatapos",
        "certifies": "Pinatutunayan nito na si",
        "took_part": "ay lumahok sa training ng {programme}, refresher para sa Enterprise "
                     "Improvement Team, at tinapos ang mga module sa ibaba.",
        "module": "Module",
        "result": "Resulta",
        "practice": "Mga practice na tanong",
        "score": "{score:g} sa {max_score:g} puntos",
        "questions": "{correct} sa {total} ang tama",
        "date": "Petsa: {date}",
        "trainer": "Trainer",
        "trainer_named": "{name}, Trainer",
        "eit": "Kinatawan ng EIT / kumpanya",
        "note": "Ibinigay ng trainer para sa SCORE AI Lab, isang practice course para sa mga "
                "Enterprise Improvement Team. Hindi ito opisyal na sertipiko ng ILO.",
        "unknown": "Walang nakitang resulta para kay {name}. Ito ba ang ibig mong sabihin: "
                   "{matches}? Tingnan ang baybay ng pangalan.",
        "unknown_no_match": "Walang nakitang resulta para kay {name}. Tingnan ang baybay ng "
                            "pangalan, ang grades file at ang progress folder.",
        "bad_date": "Hindi petsa ang {value}. Isulat ito nang YYYY-MM-DD, halimbawa "
                    "2025-08-14.",
        "wrote": "Naisulat ang sertipiko ni {name} sa {path}. Buksan ito sa web browser at "
                 "i-print sa A4, landscape.",
        "failed": "Walang naisulat na sertipiko. {problem}",
        "months": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre "
                  "Nobyembre Disyembre",
        "long_date": "{day} {month} {year}",
        "status_graded": "may grade na",
        "status_timeout": "may grade, pero may isang cell na natagalan at pinahinto",
        "status_error": "walang grade: huminto ang notebook dahil sa error",
        "status_not_a_notebook": "walang grade: hindi notebook ang file",
        "status_unknown_assignment": "walang grade: hindi kilala ang assignment",
        "status_tampered": "na-grade gamit ang orihinal na mga check: binago ang mga grading "
                           "cell",
        "status_not_graded": "wala pang grade",
    },
}
