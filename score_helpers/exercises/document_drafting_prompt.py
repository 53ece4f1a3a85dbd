"""The base of module 02's written-answer questions, and the body of Q1 (a prompt with five
parts), written here to keep the set file short: `document_drafting.py` makes Q1 a question
by subclassing `FivePartPromptQuestion` (a set's questions are the @question classes written
in its own file).

Q1 is graded by the prompt grader, `score_helpers.drafting.prompt_parts`: each part counts
only when it does its job, so a list of cue words ("You are. Here are. Write.") earns nothing,
and a natural Filipino or Taglish prompt earns as much as an English one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from score_helpers.drafting import prompt_parts
from score_helpers.exercises.core import CORRECT, NOT_ATTEMPTED, NOT_YET, Exercise, Result, is_blank
from score_helpers.exercises.kinds import Rule
from score_helpers.exercises.messages import say


class ProblemsExercise(Exercise):
    """An answer in `answer_name`, judged by `problems(answer)`: keys of `common_mistakes`.

    No problem means correct. When every problem found is one of `shared_keys`, each costs
    one share of the points (partial credit); any other problem earns nothing.
    """

    answer_name: ClassVar[str] = ""
    shared_keys: ClassVar[tuple[str, ...]] = ()

    def problems(self, answer: Any) -> list[str]:
        """The keys of the mistakes found in the answer, most important first."""
        raise NotImplementedError

    def evaluate(self, ns: Mapping[str, Any]) -> Result:
        if self.answer_name not in ns:
            return self.result(NOT_ATTEMPTED, say("not_attempted_missing", name=self.answer_name))
        answer = ns[self.answer_name]
        if answer is None or is_blank(answer) or (isinstance(answer, str) and not answer.strip()):
            return self.result(NOT_ATTEMPTED, say("not_attempted"))
        found = self.problems(answer)
        if not found:
            return self.result(CORRECT, say("correct"))
        details = tuple(self.mistake_text(key) for key in found)
        earned = 0.0
        if self.shared_keys and set(found) <= set(self.shared_keys):
            earned = self.points * (len(self.shared_keys) - len(found)) / len(self.shared_keys)
        message = (say("correct_partial", earned=earned, possible=self.points) if earned
                   else say("not_yet"))
        return self.result(NOT_YET, message, earned=earned, details=details)


# Words that tell the AI to stay with the facts it was given, in English, Filipino, Taglish.
_FACT_WORDS = (r"(?:facts?|information|details|detalye|impormasyon|notes|given|ibinigay|"
               r"binigay|nakasulat|sinabi)")
STICK_TO_FACTS = Rule("stick to the facts", (
    rf"\bonly\b[^.?!\n]{{0,30}}\b{_FACT_WORDS}",
    r"\b(?:do not|don't|dont|never|huwag|wag|hindi|bawal)\b[^.?!\n]{0,25}"
    r"(?:invent|make up|made up|guess|imbento|magdagdag|dagdagan|idagdag|hula)",
    rf"\b{_FACT_WORDS}\b[^.?!\n]{{0,30}}\b(?:lang|lamang)\b",
    rf"\b(?:lang|lamang)\b[^.?!\n]{{0,30}}\b{_FACT_WORDS}",
    r"\bto confirm\b", r"\bstick to\b[^.?!\n]{0,20}(?:facts?|what)",
))


class FivePartPromptQuestion(ProblemsExercise):
    """A participant's own prompt with role, context, task, format and constraints (Q1)."""

    points = 3
    answer_name = "my_prompt"
    shared_keys = ("no_role", "no_context", "no_task", "no_format", "no_constraints", "no_facts")
    hints = (
        "A good prompt has five parts: who the AI should be (role), the facts (context), "
        "what to write (task), how it should look (format) and the rules (constraints).",
        "Each part must do its job: a job for the role, what happened for the context, the "
        "document for the task, a shape with a number for the format, and a rule that says "
        "what the AI must not do. A cue word alone, such as 'You are' or 'Format', earns "
        "nothing.",
    )
    solution = ('my_prompt = ("You are a safety officer in a garment factory. "\n'
                '             "Here are the facts: (the near miss at Gate 2, the broken alarm, '
                'the yellow lines). "\n'
                '             "Write a short toolbox talk on forklift safety. "\n'
                '             "Format: bullet points under three headings, under 200 words. "\n'
                '             "Use only the facts given. Do not invent names, numbers or dates.")')
    common_mistakes = {
        "not_text": "`my_prompt` should be text: put your prompt inside quotes.",
        "no_role": "Your prompt does not say who the AI should be (the role). 'You are' alone "
                   "is not enough: name the job the AI writes as.",
        "no_context": "Your prompt does not give the AI the facts (the context). 'Here are the "
                      "facts' alone is not enough: write what happened, where, when and how "
                      "many.",
        "no_task": "Your prompt does not say what to write (the task). Name the document you "
                   "want, not just 'Write'.",
        "no_format": "Your prompt does not say how the answer should look (the format). A word "
                     "such as 'bullet' alone is not enough: say how many bullet points, which "
                     "headings or how many words.",
        "no_constraints": "Your prompt gives the AI no rule (the constraints). 'Do not' alone "
                          "is not enough: say what the AI must not do, or which facts it may "
                          "use.",
        "no_facts": "Your prompt does not tell the AI to stay with your facts. Say that it "
                    "must use only the facts given and must not invent names or numbers.",
    }

    def problems(self, answer: Any) -> list[str]:
        if not isinstance(answer, str):
            return ["not_text"]
        checks = prompt_parts.check_prompt(answer)
        missing = [f"no_{part}" for part, check in checks.items() if not check.present]
        return missing + ([] if STICK_TO_FACTS.found_in(answer) else ["no_facts"])


__all__ = ["STICK_TO_FACTS", "FivePartPromptQuestion", "ProblemsExercise"]
