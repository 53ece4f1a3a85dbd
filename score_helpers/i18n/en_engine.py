"""English: the exercise engine's own sentences, whoami's, and the certificate's.

Each section maps an ID prefix to its entries; the full ID is `prefix.key`, e.g.
`engine.correct`. Plain words, short sentences, no idioms. Placeholders use str.format
names and must be the same in the Filipino table (fil_engine.py).
"""

from __future__ import annotations

SECTIONS: dict[str, dict[str, str]] = {
    "engine": {
        "correct": "Correct! Well done.",
        "correct_partial": "Part of it is right: {earned:g} of {possible:g} points.",
        "not_attempted": "Not attempted yet. Replace ____ with your answer, run the cell, "
                         "then check again.",
        "not_attempted_missing": "Not attempted yet. Create `{name}` in a cell above, run it, "
                                 "then check again.",
        "not_yet": "Not yet.",
        "look_again": "Look again at how you worked out `{name}`.",
        "wrong_type": "`{name}` should be {expected_kind}, but it is {actual_kind}.",
        "text_not_number": "`{name}` is text ({value!r}). Remove the quotes so it is a number.",
        "percent_not_fraction": "It looks like a percent. Give the answer as a fraction: "
                                "a percent divided by 100.",
        "wrong_length": "`{name}` has {actual} rows; look at which rows you kept.",
        "wrong_columns": "`{name}` does not have the columns the question asks for: {columns}.",
        "function_missing": "Not attempted yet. Define the function `{name}` and run the cell.",
        "function_error": "Your function stopped with an error for {case}: {error}.",
        "function_wrong": "Your function gives a different result for {case}.",
        "text_missing_part": "Your text is missing: {part}",
        "text_forbidden_part": "Your text should not contain: {part}",
        "text_too_short": "Write a little more: at least {count} words.",
        "text_too_long": "Make it shorter: at most {count} words.",
        "reflection_thanks": "Thank you for your answer. There is no single right answer "
                             "here. Compare it with this example:",
        "choice_unknown": "Choose one of: {options}.",
        "choice_saved": "Your answer: {answer}",
        "choice_try_again": "That is not the best answer. Read the options again.",
        "hint_header": "Hint {number} of {total}:",
        "hint_none": "There are no hints for this question.",
        "hint_last": "That was the last hint. Try {question}.solution() if you are still "
                     "stuck.",
        "solution_header": "One possible solution:",
        "blank_used": "Replace ____ with your answer before you calculate with it.",
        "points": "{points:g} points",
        "points_one": "{points:g} point",
    },
    # The kinds of answer named in engine.wrong_type.
    "engine.kind": {
        "bool": "True or False",
        "number": "a number",
        "text": "text",
        "table": "a table (DataFrame)",
        "column": "a column (Series)",
        "other": "a {name}",
    },
    # whoami() and the progress log, as a participant reads them.
    "engine.progress": {
        "hello": "Hello, {name}! Your progress will be saved under this name.",
        "env_wins": "Note: this computer sets SCORE_PARTICIPANT to {name}, so progress is "
                    "saved under {name}.",
        "name_empty": 'Your name is empty. Type your own first and last name between the '
                      'quotes.',
        "name_blank": 'No name saved yet. Type your own first and last name between the '
                      'quotes, in place of ____, then run the cell again.',
        "name_sample": '"{name}" is an example name, not yours, so nothing was saved. Type '
                       'your own first and last name between the quotes and run the cell '
                       'again. If it really is your name, add your middle initial.',
        "name_too_long": "Your name has {length} characters; the limit is {limit}. "
                         "Type your first and last name only.",
        "name_separator": "A name cannot contain / or \\. Type your first and last name "
                          "only.",
        "name_not_saved": "Your name could not be saved in {folder} ({error}). "
                          "It is used until you close this notebook.",
        "not_saved": "Your progress could not be saved in the folder {folder} ({error}). "
                     "Your answers are still checked. Ask your trainer to set "
                     "SCORE_PROGRESS_DIR to a folder you can write to.",
        # The trainer dashboard's note on progress lines under an example name.
        "sample_left_out": "Not shown ({count} in all): entries under example names "
                           "({names}), which are nobody's own name. Whoever ran module 00 "
                           "without "
                           "typing a name can run its name cell again with their own.",
    },
    "certificate": {
        "title": "Certificate of completion",
        "certifies": "This certifies that",
        "took_part": "took part in {programme} training, Enterprise Improvement Team "
                     "refresher, and worked through the modules below.",
        "module": "Module",
        "result": "Result",
        "practice": "Practice questions",
        "score": "{score:g} of {max_score:g} points",
        "questions": "{correct} of {total} correct",
        "date": "Date: {date}",
        "trainer": "Trainer",
        "trainer_named": "{name}, Trainer",
        "eit": "EIT / company representative",
        "note": "Issued by the trainer for SCORE AI Lab, a practice course for Enterprise "
                "Improvement Teams. This is not an official ILO certificate.",
        "unknown": "No results were found for {name}. Did you mean: {matches}? "
                   "Check the spelling of the name.",
        "unknown_no_match": "No results were found for {name}. Check the spelling of the "
                            "name, the grades file and the progress folder.",
        "bad_date": "{value} is not a date. Write it as YYYY-MM-DD, for example 2025-08-14.",
        "wrote": "Wrote the certificate for {name} to {path}. Open it in a web browser and "
                 "print it on A4, landscape.",
        "failed": "No certificate was written. {problem}",
        "months": "January February March April May June July August September October "
                  "November December",
        "long_date": "{day} {month} {year}",
        "status_graded": "graded",
        "status_timeout": "graded, but one cell took too long and was stopped",
        "status_error": "not graded: the notebook stopped with an error",
        "status_not_a_notebook": "not graded: the file was not a notebook",
        "status_unknown_assignment": "not graded: unknown assignment",
        "status_tampered": "graded with the original checks: the grading cells had been "
                           "changed",
        "status_not_graded": "not graded",
    },
}
