"""Filipino for every exercise string, keyed by the IDs of `english_exercise_strings()`.

The English lives in the exercise classes (hints, common mistakes, titles, choice
questions, text rules, examples, module MESSAGES); see exercise_strings.py for the ID
kinds. The Filipino is split by module into two files so each stays readable:
fil_exercises_00_02.py and fil_exercises_03_05.py. Every entry keeps its English's
{placeholders}, `code`, numbers and quoted values (tests/test_fil_exercises.py checks),
and, like the English, never shows an expected answer.
"""

from __future__ import annotations

from score_helpers.i18n.fil_exercises_00_02 import FIL_EXERCISES_00_02
from score_helpers.i18n.fil_exercises_03_05 import FIL_EXERCISES_03_05

FIL_EXERCISES: dict[str, str] = {**FIL_EXERCISES_00_02, **FIL_EXERCISES_03_05}
