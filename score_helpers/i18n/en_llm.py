"""English: what the generation guards say about a model's reply (IDs `llm.guard.<key>`).

The keys are the `GuardNote.key`s of score_helpers/llm/guards.py and language.py. Each
sentence says what happened and what to do, in plain words for a supervisor. Values
arrive already shortened; the Filipino is in fil_llm.py, under the same keys.
"""

from __future__ import annotations

GUARD: dict[str, str] = {
    "repeated_line": ("The model started repeating the line “{line}”, so it was stopped "
                      "there. Use the draft up to that point and write the rest yourself, "
                      "or try again."),
    "repeated_phrase": ("The model started going round in circles (“{line}” again and "
                        "again), so it was stopped there. Use the draft up to that point and "
                        "write the rest yourself, or try again."),
    "repeated_prompt": ("The model copied your instructions back (“{line}”) instead of "
                        "writing, so it was stopped there. Try again, or use a bigger model "
                        "if you have one."),
    "prompt_dropped": ("The model copied a line of your instructions (“{line}”) into its "
                       "reply. That line was left out; check the rest."),
    "too_long": ("The reply passed {limit} characters, so it was stopped there. The end may "
                 "be missing: check it, or ask for a shorter document."),
    "cut_by_server": ("The model used all the length it was given ({limit} tokens), so the "
                      "end of the reply is cut off. Check the end, or ask for a longer "
                      "reply."),
    "wrong_language": ("You asked for {asked}, but the reply came back in {found}. Try "
                       "again, or translate it yourself: small offline models write "
                       "Filipino poorly."),
}

SECTIONS: dict[str, dict[str, str]] = {"llm.guard": GUARD}
