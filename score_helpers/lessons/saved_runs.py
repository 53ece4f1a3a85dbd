"""Module 02's long drafts, shown from a saved run of the offline model and labelled so.

    minutes_live = saved_runs.live(minutes_prompt)           # the first lines, live, streamed
    minutes = saved_runs.saved_run("eit_minutes", minutes_prompt)   # the whole draft, saved
    minutes                                                  # a box that says it is saved

Writing a whole page takes the practice model many seconds on a laptop, and a class waits
for every cell. So module 02 asks the model live for short answers only (LIVE_TOKENS, a
few dozen tokens, shown word by word as they come), and shows its long documents (the EIT
minutes, the grievance procedure, the acknowledgement letter) from a run saved with
exactly the same prompt and settings. Each saved draft says so on screen: which model
wrote it, when, with what settings, and how to make a new one live.

The runs are in `saved_runs.json`, beside this file. `saved_run` compares the prompt it is
given with the one saved, and says on screen when they differ. After a change to a
template or to the lesson's fields, make them again (tests/test_saved_runs.py fails until
then):

    SCORE_LLM_OFFLINE_MODEL=qwen2.5-coder-1.5b SCORE_LLM_THREADS=2 \
        python -m score_helpers.lessons.saved_runs   # runs that model, rewrites the file

The runs were made with the larger offline model (`score-lab llm install`), so the lesson
reviews a draft of the kind a team really gets: tidy, mostly right, and wrong in places.
The live answers come from whichever model the laptop has, usually the tiny built-in one.
"""

from __future__ import annotations

import datetime
import html
import json
import sys
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from score_helpers import llm
from score_helpers.drafting import prompts
from score_helpers.lessons.document_drafting_examples import (
    LETTER_FIELDS,
    MINUTES_FIELDS,
    PROCEDURE_FIELDS,
)
from score_helpers.llm.guards import GuardNote

Messages = Sequence[Mapping[str, str]]
RUNS_FILE = Path(__file__).with_name("saved_runs.json")
LIVE_TOKENS = 40
SAVED_LABEL = ("Saved run, not live: written by {model} on {date} (temperature {temperature:g}, "
               "up to {max_tokens} tokens, {seconds:.0f} s on the laptop that saved it), with "
               "the prompt above.")
MAKE_IT_LIVE = ("To see a new draft live, run llm.chat({variable}, max_tokens={max_tokens}) "
                "in a new cell; it takes a while on a laptop.")
CHANGED = ("The prompt above is not the one this run was saved with, so this draft may not "
           "match it. Run llm.chat({variable}, max_tokens={max_tokens}) for a live draft.")
LIVE_NOTE = "(live: the first {tokens} tokens only, to keep the notebook quick)"
UNKNOWN = "There is no saved run called {name!r}. The saved runs are: {names}."


# name → (template, its fields, max_tokens, the notebook's variable for the prompt)
RUNS = {
    "eit_minutes": ("eit_minutes", MINUTES_FIELDS, 450, "minutes_prompt"),
    "grievance_procedure": ("grievance_procedure", PROCEDURE_FIELDS, 350, "procedure_prompt"),
    "grievance_acknowledgement": ("grievance_acknowledgement", LETTER_FIELDS, 250,
                                  "letter_prompt"),
}
TEMPERATURE = 0.2
SEED = 2025


@dataclass(frozen=True)
class SavedReply(llm.Reply):
    """An llm.Reply saved from an earlier run, with when and how it was made."""

    date: str = ""
    temperature: float = TEMPERATURE
    max_tokens: int = 0
    variable: str = ""
    prompt: tuple[dict[str, str], ...] = ()
    prompt_changed: bool = False

    def label(self) -> str:
        """The line that says this draft is saved, not live."""
        return SAVED_LABEL.format(model=self.model, date=self.date,
                                  temperature=self.temperature, max_tokens=self.max_tokens,
                                  seconds=self.seconds)

    def advice(self) -> str:
        """How to get a live draft, or a warning that the prompt has changed since."""
        words = CHANGED if self.prompt_changed else MAKE_IT_LIVE
        return words.format(variable=self.variable, max_tokens=self.max_tokens)

    def guard_lines(self) -> list[str]:
        """What the generation guards noticed in this run, in the course's language."""
        return [note.message() for note in self.notes]

    def __str__(self) -> str:
        notes = "".join(f"[{line}]\n" for line in self.guard_lines())
        return f"[{self.label()}]\n{self.text}\n{notes}[{self.advice()}]"

    def _repr_html_(self) -> str:
        colour = "#b45309" if self.prompt_changed else "#1d4ed8"
        return (f"<div class='score-saved-run' style='border-left:4px solid {colour};"
                f"padding:4px 10px'><div style='color:{colour}'><b>"
                f"{html.escape(self.label())}</b></div>"
                f"<pre style='white-space:pre-wrap'>{html.escape(self.text)}</pre>"
                + "".join(f"<div style='color:#b45309'>{html.escape(line)}</div>"
                          for line in self.guard_lines())
                + f"<div style='color:#555'>{html.escape(self.advice())}</div></div>")


def prompt_for(name: str) -> list[dict[str, str]]:
    """The messages a saved run is made from: its template filled with the lesson's fields."""
    _known(name)
    template, fields, _tokens, _variable = RUNS[name]
    return prompts.build_prompt(template, **fields)


def _known(name: str) -> None:
    """A ValueError that lists the saved runs when `name` is not one of them."""
    if name not in RUNS:
        raise ValueError(UNKNOWN.format(name=name, names=", ".join(RUNS)))


def saved_run(name: str, prompt: Messages | None = None) -> SavedReply:
    """The draft saved for `name` ("eit_minutes", "grievance_procedure",
    "grievance_acknowledgement"), labelled as saved; with `prompt`, the label also says
    whether it is the prompt the run was saved with."""
    _known(name)
    saved = json.loads(RUNS_FILE.read_text(encoding="utf-8"))[name]
    messages = {key: tuple(dict(message) for message in saved.pop(key))
                for key in ("sent", "prompt")}
    notes = tuple(GuardNote(note["kind"], note["detail"], note["key"],
                            tuple(tuple(pair) for pair in note["values"]))
                  for note in saved.pop("notes"))
    changed = (prompt is not None
               and [dict(message) for message in prompt] != list(messages["prompt"]))
    return SavedReply(**saved, **messages, notes=notes, prompt_changed=changed)


def live(prompt: str | Messages, max_tokens: int = LIVE_TOKENS, **options: object) -> llm.Reply:
    """Ask the model now for a short answer, printing it word by word as it comes; returns
    the llm.Reply. `options` go to llm.chat (temperature, seed, ...)."""
    def show(piece: str) -> None:
        print(piece, end="", flush=True)

    reply = llm.chat(prompt, max_tokens=max_tokens, on_text=show,
                     **options)  # type: ignore[arg-type]
    print(f"\n{LIVE_NOTE.format(tokens=max_tokens)}")
    return reply


def make_runs(path: Path = RUNS_FILE) -> dict[str, dict]:
    """Run the configured (offline) model on every saved run's prompt and write `path`."""
    runs = {}
    for name, (_template, _fields, max_tokens, variable) in RUNS.items():
        prompt = prompt_for(name)
        reply = llm.chat(prompt, max_tokens=max_tokens, temperature=TEMPERATURE, seed=SEED)
        record = asdict(reply)   # its notes and messages become plain dicts too
        record.update(date=datetime.date.today().isoformat(), temperature=TEMPERATURE,
                      max_tokens=max_tokens, variable=variable, prompt=prompt,
                      seconds=round(float(reply.seconds), 1))
        runs[name] = record
        print(f"{name}: {reply.completion_tokens} tokens in {reply.seconds:.1f} s",
              file=sys.stderr)
    path.write_text(json.dumps(runs, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return runs


if __name__ == "__main__":
    make_runs()
