"""Multiple-choice and true/false questions, answered by clicking a button or by typing.

`q2.ask()` shows one button per option. A click stores the answer in the variable
`answer_name` (as if the participant had typed `q2_answer = "B"`), checks it at once,
and writes the choice into the cell's saved output. When the notebook runs again
(after a restart, or when nbgrader autogrades a submitted copy), `ask()` reads that
saved choice back, so nbgrader grades a click exactly like a typed answer.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar

from score_helpers.exercises.core import CORRECT, NOT_ATTEMPTED, NOT_YET, Exercise, Result, is_blank
from score_helpers.exercises.messages import say

METADATA_KEY = "score_ai_lab_choice"
TRUE_WORDS = {"true", "t", "yes", "tama", "oo"}
FALSE_WORDS = {"false", "f", "no", "mali", "hindi"}


def _notebooks_to_search() -> list[Path]:
    """The notebooks that may hold a saved click: beside the kernel, and when nbgrader
    autogrades, the participant's submitted copy (its outputs are cleared before running):
    in the sandbox a copy in `.submitted/` beside the kernel, else nbgrader's folder."""
    here = Path.cwd()
    found = sorted(here.glob("*.ipynb"))
    found += sorted((here / ".submitted").glob("*.ipynb"))   # put there by the grading sandbox
    if os.environ.get("NBGRADER_EXECUTION") == "autograde" and len(here.parts) >= 4:
        assignment, student, course = here.name, here.parent.name, here.parents[2]
        found += sorted((course / "submitted" / student / assignment).glob("*.ipynb"))
    return found


def saved_choice(module: str, question: str) -> str | None:
    """The last click saved in a notebook's outputs for this module and question."""
    answer = None
    for path in _notebooks_to_search():
        try:
            notebook = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        for cell in notebook.get("cells", []):
            for output in cell.get("outputs", []) or []:
                saved = (output.get("metadata") or {}).get(METADATA_KEY)
                if (isinstance(saved, dict) and saved.get("module") == module
                        and saved.get("question") == question):
                    answer = saved.get("answer")
    return answer


def _user_namespace() -> dict[str, Any]:
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython ships with Jupyter
        return {}
    shell = get_ipython()
    return shell.user_ns if shell is not None else {}


class ChoiceExercise(Exercise):
    """Pick one option. `options` maps a letter to its text; `correct` is the letter.

    `common_mistakes` maps a wrong letter to the message that explains it.
    """

    answer_name: ClassVar[str] = ""
    prompt: ClassVar[str] = ""
    options: ClassVar[Mapping[str, str]] = {}
    correct: ClassVar[str] = ""

    def normalise(self, answer: Any) -> str | None:
        """The option key an answer means ('b', ' B ' and 'B. …' all mean 'B')."""
        text = str(answer).strip()
        for key in self.options:
            if text.casefold() == key.casefold() or text.casefold().startswith(
                    f"{key}.".casefold()):
                return key
        return None

    def evaluate(self, ns: Mapping[str, Any]) -> Result:
        answer = ns.get(self.answer_name)
        if answer is None or is_blank(answer):
            return self.result(NOT_ATTEMPTED, say("not_attempted_missing", name=self.answer_name))
        key = self.normalise(answer)
        if key is None:
            return self.result(NOT_YET, say("not_yet"), details=(
                say("choice_unknown", options=", ".join(self.options)),))
        if key == self.correct:
            return self.result(CORRECT, say("correct"))
        message = (self.mistake_text(key) if key in self.common_mistakes
                   else say("choice_try_again"))
        return self.result(NOT_YET, say("not_yet"), details=(message,))

    def ask(self) -> None:
        """Show the question with one button per option; a click answers and checks."""
        import ipywidgets as widgets
        from IPython.display import HTML, display

        namespace = _user_namespace()
        saved = saved_choice(self.module, self.question)
        if saved is not None and is_blank(namespace.get(self.answer_name)):
            namespace[self.answer_name] = saved
        feedback = widgets.Output()
        buttons = []
        for key, english in self.options.items():
            text = self.localised(f"option.{key}", english)
            button = widgets.Button(description=f"{key}. {text}" if key != english else text,
                                    layout=widgets.Layout(width="auto", height="auto"))
            button.add_class("score-choice-option")
            button.on_click(lambda _, key=key: self._clicked(key, namespace, feedback, marker))
            buttons.append(button)
        prompt = self.localised("prompt", self.prompt)
        box = widgets.VBox([widgets.HTML(f"<b>{prompt}</b>"), *buttons, feedback])
        box.add_class(f"score-choice-{self.question}")
        display(box)
        marker = display(HTML(self._saved_text(saved)), metadata=self._metadata(saved),
                         display_id=True)

    def _clicked(self, key: str, namespace: dict[str, Any], feedback: Any, marker: Any) -> None:
        from IPython.display import HTML, display

        namespace[self.answer_name] = key
        with feedback:
            feedback.clear_output()
            display(self.check(namespace))
        marker.update(HTML(self._saved_text(key)), metadata=self._metadata(key))

    def _saved_text(self, key: str | None) -> str:
        return "" if key is None else f"<i>{say('choice_saved', answer=key)}</i>"

    def _metadata(self, key: str | None) -> dict[str, Any]:
        if key is None:
            return {}
        return {METADATA_KEY: {"module": self.module, "question": self.question,
                               "answer": key}}


class TrueFalseExercise(ChoiceExercise):
    """A true/false statement; the answer may be typed as True/False (or Tama/Mali)."""

    options: ClassVar[Mapping[str, str]] = {"True": "True", "False": "False"}

    def normalise(self, answer: Any) -> str | None:
        if isinstance(answer, bool):
            return str(answer)
        word = str(answer).strip().casefold()
        if word in TRUE_WORDS:
            return "True"
        if word in FALSE_WORDS:
            return "False"
        return None

