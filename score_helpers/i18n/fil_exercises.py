"""Filipino for every exercise string, keyed by the IDs of `english_exercise_strings()`.

The English lives in the exercise classes (hints, common mistakes, titles, choice
questions, text rules, examples, module MESSAGES); see score_helpers/exercises/strings.py for the ID
kinds. The Filipino is split by module so each file stays readable:
fil_exercises_00_01.py, _02.py, _03.py, _04.py and _05.py. Every entry keeps its English's
{placeholders}, `code`, numbers and quoted values (tests/test_fil_exercises.py checks),
and, like the English, never shows an expected answer.
"""

from __future__ import annotations

from score_helpers.i18n.fil_exercises_00_01 import FIL_EXERCISES_00_01
from score_helpers.i18n.fil_exercises_02 import FIL_EXERCISES_02
from score_helpers.i18n.fil_exercises_03 import FIL_EXERCISES_03
from score_helpers.i18n.fil_exercises_04 import FIL_EXERCISES_04
from score_helpers.i18n.fil_exercises_05 import FIL_EXERCISES_05

FIL_EXERCISES: dict[str, str] = {
    **FIL_EXERCISES_00_01,
    **FIL_EXERCISES_02,
    **FIL_EXERCISES_03,
    **FIL_EXERCISES_04,
    **FIL_EXERCISES_05,
}
