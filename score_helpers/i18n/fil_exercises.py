"""Filipino for every exercise string, keyed by the IDs of `english_exercise_strings()`.

The English lives in the exercise classes (hints, common mistakes, titles, choice
questions, text rules, examples, module MESSAGES); score_helpers/exercises/strings.py
lists the ID kinds. The Filipino has one table per module, fil_exercises_00.py to
fil_exercises_05.py: a new question's Filipino goes into its module's table. Every entry
keeps its English's {placeholders}, `code`, numbers and quoted values
(tests/test_fil_exercises.py checks), and, like the English, never shows an expected answer.
The words follow trainer/filipino_glossary.md (tests/test_filipino_glossary.py checks).
"""

from __future__ import annotations

from score_helpers.i18n.fil_exercises_00 import FIL_EXERCISES_00
from score_helpers.i18n.fil_exercises_01 import FIL_EXERCISES_01
from score_helpers.i18n.fil_exercises_02 import FIL_EXERCISES_02
from score_helpers.i18n.fil_exercises_03 import FIL_EXERCISES_03
from score_helpers.i18n.fil_exercises_04 import FIL_EXERCISES_04
from score_helpers.i18n.fil_exercises_05 import FIL_EXERCISES_05

FIL_EXERCISES: dict[str, str] = {
    **FIL_EXERCISES_00,
    **FIL_EXERCISES_01,
    **FIL_EXERCISES_02,
    **FIL_EXERCISES_03,
    **FIL_EXERCISES_04,
    **FIL_EXERCISES_05,
}
