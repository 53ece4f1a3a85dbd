"""Every sentence the exercise engine shows a participant, in one table keyed by ID.

Plain words, short sentences, no idioms: a later issue adds a Filipino table with the
same keys. Placeholders use str.format names.
"""

from __future__ import annotations

ENGLISH: dict[str, str] = {
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
    "reflection_thanks": "Thank you for your answer. There is no single right answer here. "
                         "Compare it with this example:",
    "choice_unknown": "Choose one of: {options}.",
    "choice_saved": "Your answer: {answer}",
    "choice_try_again": "That is not the best answer. Read the options again.",
    "hint_header": "Hint {number} of {total}:",
    "hint_none": "There are no hints for this question.",
    "hint_last": "That was the last hint. Try {question}.solution() if you are still stuck.",
    "solution_header": "One possible solution:",
    "blank_used": "Replace ____ with your answer before you calculate with it.",
}


def say(key: str, **values: object) -> str:
    """The sentence `key`, filled with `values`."""
    return ENGLISH[key].format(**values)
