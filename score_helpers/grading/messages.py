"""Every sentence `score-lab grade` and `score-lab feedback` show: the IDs `grading.<key>`
of the string tables (score_helpers/i18n/en_grading.py and fil_grading.py).

Plain words and short sentences. Keys starting with `trainer_` are read by the trainer
(terminal, grades.csv, report); keys starting with `fb_` are read by participants in their
feedback pages. SCORE_LANG=fil gives them in Filipino. Placeholders use str.format names.
"""

from __future__ import annotations

from score_helpers import i18n


class TrainerError(RuntimeError):
    """A mistake the trainer can fix (a missing folder, a bad option): exit code 1.

    The message is a plain sentence, printed as it is, without a traceback.
    """


def say(key: str, **values: object) -> str:
    """The sentence `grading.<key>` in the language of SCORE_LANG, filled with `values`."""
    return i18n.text(f"grading.{key}", **values)
