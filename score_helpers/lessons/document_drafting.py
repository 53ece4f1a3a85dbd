"""Small helpers for module 02 · Drafting workplace documents with AI, so each cell stays short.

    from score_helpers.lessons import document_drafting as lessons
    lessons.compare_prompts(lessons.PROMPT_STEPS)   # which of the five parts each prompt has
    lessons.prompt_report(lessons.CUE_WORDS_ONLY)   # each part: found, or what to add
    lessons.run_each(lessons.PROMPT_STEPS)          # one draft per prompt, side by side
    lessons.at_temperatures(lessons.BEST_PROMPT)    # one prompt at temperature 0, 0.7 and 1.2
    lessons.online_stand_in()                       # the local model, treated as an online service
    lessons.five_s_check(text)                      # which of the real five S a text names

The prompts are built by `score_helpers.drafting.prompts`, the model is called by
`score_helpers.llm`, redaction is `score_helpers.privacy` and the checklist
`score_helpers.drafting.review`. This module holds the lesson's examples (rough notes, a
flawed draft and its source) and lays drafts out side by side. Everything is made up: Tahi
Pinoy Apparel is the course's practice factory.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd
from pandas.io.formats.style import Styler

from score_helpers import kpi, llm
from score_helpers.drafting.prompt_parts import check_prompt
from score_helpers.drafting.prompts import prompt_parts
from score_helpers.lessons.document_drafting_examples import (
    BEST_PROMPT,
    BETTER_PROMPT,
    CAUGHT,
    CAUGHT_HEADER,
    CUE_WORDS_ONLY,
    FLAWED_MINUTES,
    FLAWED_PROBLEMS,
    LETTER_FIELDS,
    MINUTES_FIELDS,
    NOT_IN_MINUTES,
    NOTICE_FACTS,
    ONLY_PEOPLE,
    PROBLEM_HEADER,
    PROCEDURE_FIELDS,
    PROMPT_IN_FILIPINO,
    PROMPT_STEPS,
    ROUGH_NOTES,
    WEAK_PROMPT,
)
from score_helpers.lessons.saved_runs import live, saved_run
from score_helpers.llm import offline_model

__all__ = [
    "BEST_PROMPT",
    "BETTER_PROMPT",
    "CUE_WORDS_ONLY",
    "FLAWED_MINUTES",
    "LETTER_FIELDS",
    "MINUTES_FIELDS",
    "NOTICE_FACTS",
    "NOT_IN_MINUTES",
    "PROCEDURE_FIELDS",
    "PROMPT_IN_FILIPINO",
    "PROMPT_STEPS",
    "ROUGH_NOTES",
    "SAMPLE_GRIEVANCE",
    "WEAK_PROMPT",
    "Drafts",
    "at_temperatures",
    "compare_prompts",
    "escalation_table",
    "five_s_check",
    "flawed_draft_answers",
    "grievance_as_typed",
    "live",
    "model_note",
    "online_stand_in",
    "prompt_report",
    "run_each",
    "saved_run",
]

Prompt = str | Sequence[Mapping[str, str]]
LESSON_TOKENS = 32  # short drafts: enough to compare, quick on a laptop
TEMPERATURE_TOKENS = 24


# ---- Section 6: a grievance as it sits in the HR log -------------------------------------------
SAMPLE_GRIEVANCE = "GR-2025-024"
GRIEVANCE_LINE = ("{grievance_id} · filed {date_filed:%d %B %Y} · {employee_name} · "
                  "SSS {sss_number} · mobile {mobile_number} · {category}\n{description}")

# ---- Section 8: the real five S ----------------------------------------------------------------
FIVE_S: tuple[tuple[str, str, str, str], ...] = (  # English, Japanese, meaning, pattern
    ("Sort", "Seiri", "keep only what you need", r"sort(?:ing)?"),
    ("Set in order", "Seiton", "a place for everything", r"set(?:ting)? in order|straighten"),
    ("Shine", "Seiso", "clean and inspect", r"shin(?:e|ing)"),
    ("Standardise", "Seiketsu", "the same good way every time", r"standardi[sz](?:e|ed|ing)"),
    ("Sustain", "Shitsuke", "make it a habit", r"sustain(?:ing)?"),
)
FIVE_S_HEADERS = ("S", "Japanese", "what it means", "named in the text?")

# ---- Words shown to participants ----------------------------------------------------------------
STAND_IN_NAME = "practice online service"
LOCAL_NOTE = ("This is a tiny practice model: it runs on this computer, needs no internet and "
              "sends no data anywhere. It makes many mistakes, which makes it good practice "
              "for checking.")
REMOTE_NOTE = ("Text goes to this online service. Personal data is removed first (RA 10173); "
               "read what is sent.")
FOUND, NOT_FOUND = "✔", "✘"
PARTS_FOUND, FACTS_FOUND = "parts found", "facts found"
REPORT_HEADERS = ("part", "found?", "what the grader read, or what to add")
TOKENS_NOTE = "{tokens} tokens · {seconds:.1f} s"


def model_note(provider: llm.Provider | None = None) -> str:
    """Which model the notebook uses, in words, and what that means for your data."""
    chosen = provider or llm.configured_provider()
    return (f"Model in use: {chosen.describe()}.\n"
            + (REMOTE_NOTE if chosen.is_remote else LOCAL_NOTE))


def compare_prompts(prompts: Mapping[str, Prompt]) -> pd.DataFrame:
    """Which of the five parts each prompt has: one row per part, one column per prompt.

    Uses `prompts.prompt_parts`, which counts a part only when it does its job (a role
    names who, the context gives facts, …), so a cue word alone earns no ✔. A ✔ still means
    "the part is there", not "the facts are right". The last row counts them, e.g. '3 of 5'.
    """
    return _ticks({label: prompt_parts(prompt) for label, prompt in prompts.items()},
                  PARTS_FOUND)


def prompt_report(prompt: Prompt, lang: str | None = None) -> Styler:
    """Each of the five parts of one prompt: ✔ with the prompt's own words that do the job,
    or ✘ with what to add (in `lang`, default SCORE_LANG). A styled table; `.data` is the
    DataFrame."""
    rows = [(part, FOUND if check.present else NOT_FOUND, check.reason(lang))
            for part, check in check_prompt(prompt).items()]
    table = pd.DataFrame(rows, columns=list(REPORT_HEADERS)).set_index(REPORT_HEADERS[0])
    return table.style.set_properties(**{"text-align": "left"})


def _ticks(columns: Mapping[str, Mapping[str, bool]], total: str) -> pd.DataFrame:
    """✔/✘ for each row in each column, and a last row `total` counting the ✔: '3 of 5'."""
    table = pd.DataFrame({label: {row: FOUND if ok else NOT_FOUND for row, ok in rows.items()}
                          for label, rows in columns.items()})
    table.loc[total] = [f"{sum(rows.values())} of {len(rows)}" for rows in columns.values()]
    return table


def _usage_note(reply: llm.Reply) -> str:
    return TOKENS_NOTE.format(tokens=reply.completion_tokens, seconds=reply.seconds)


@dataclass(frozen=True)
class Drafts:
    """Several drafts side by side: a label and the model's Reply for each."""

    labels: tuple[str, ...]
    replies: tuple[llm.Reply, ...]

    def __getitem__(self, label: str) -> llm.Reply:
        return self.replies[self.labels.index(label)]

    def __str__(self) -> str:
        return "\n\n".join(f"--- {label} ---\n{reply.text}"
                           for label, reply in zip(self.labels, self.replies, strict=True))

    def facts(self, facts: Mapping[str, str] = NOTICE_FACTS) -> pd.DataFrame:
        """Which facts each draft contains: one row per fact, one column per draft.

        `facts` maps a fact to a regular expression for the ways a draft may write it
        (matched ignoring case). A ✔ means the fact is written, not that it is used right.
        """
        return _ticks({label: {fact: bool(re.search(pattern, reply.text, re.IGNORECASE))
                               for fact, pattern in facts.items()}
                       for label, reply in zip(self.labels, self.replies, strict=True)},
                      FACTS_FOUND)

    def _repr_html_(self) -> str:
        box = ("flex:1 1 220px;min-width:220px;padding:6px;border:1px solid #ccc;"
               "border-radius:4px;white-space:pre-wrap")
        cells = "".join(
            f'<div style="{box}"><b>{html.escape(label)}</b><br>{html.escape(reply.text)}'
            f"<br><small>{_usage_note(reply)}</small></div>"
            for label, reply in zip(self.labels, self.replies, strict=True))
        return f'<div style="display:flex;flex-wrap:wrap;gap:8px">{cells}</div>'


def run_each(prompts: Mapping[str, Prompt], *, max_tokens: int = LESSON_TOKENS,
             **options: object) -> Drafts:
    """Send each prompt to the model, with the same settings, and show the drafts side by side.

    `options` go to `llm.chat` (temperature, provider, ...).
    """
    replies = [llm.chat(prompt, max_tokens=max_tokens, **options)  # type: ignore[arg-type]
               for prompt in prompts.values()]
    return Drafts(tuple(prompts), tuple(replies))


def at_temperatures(prompt: Prompt, temperatures: Sequence[float] = (0.0, 0.7, 1.2), *,
                    runs: int = 2, max_tokens: int = TEMPERATURE_TOKENS, seed: int = 2025,
                    **options: object) -> Drafts:
    """The same prompt at each temperature, `runs` times each, side by side.

    Temperature 0 always takes the most likely next word, so its runs agree; higher
    temperatures pick among likely words by chance, so their runs differ. Run k uses
    the seed `seed + k`, so the whole table is the same every time it runs; change
    `seed` to draw new chances. `options` go to `llm.chat`.
    """
    if runs < 1:
        raise ValueError(f"runs must be 1 or more, not {runs}.")
    labels, replies = [], []
    for temperature in temperatures:
        for run in range(1, runs + 1):
            labels.append(f"temperature {temperature:g}" + (f" · run {run}" if runs > 1 else ""))
            replies.append(llm.chat(prompt, temperature=temperature, max_tokens=max_tokens,
                                    seed=seed + run, **options))  # type: ignore[arg-type]
    return Drafts(tuple(labels), tuple(replies))


def grievance_as_typed(grievances: pd.DataFrame, grievance_id: str = SAMPLE_GRIEVANCE) -> str:
    """One grievance as a line copied from the HR log: ID, date, name, SSS, mobile, text.

    This is what someone might paste into a chatbot, personal data and all.
    """
    rows = grievances[grievances["grievance_id"] == grievance_id]
    if rows.empty:
        raise ValueError(f"There is no grievance {grievance_id!r}. IDs look like "
                         f"{grievances['grievance_id'].iloc[0]!r}.")
    return GRIEVANCE_LINE.format(**rows.iloc[0].to_dict())


def online_stand_in() -> llm.Provider:
    """The embedded offline model, dressed up so that `llm.chat` treats it as online.

    `llm.chat` redacts only for online services. This provider reaches the model on this
    computer through its local address, so nothing leaves the computer, yet `chat` removes
    personal data and fills `Reply.sent` and `Reply.redacted` exactly as it would before
    sending to an online service.
    """
    server = offline_model.shared_server()
    return llm.Provider(STAND_IN_NAME, server.model, base_url=server.base_url,
                        api_key="not-needed")


def five_s_check(text: str) -> pd.DataFrame:
    """The real five S of 5S, and whether `text` names each one (English or Japanese)."""
    rows = []
    for english, japanese, meaning, pattern in FIVE_S:
        named = re.search(rf"\b(?:{pattern}|{japanese})\b", text, re.IGNORECASE)
        rows.append((english, japanese, meaning, FOUND if named else NOT_FOUND))
    return pd.DataFrame(rows, columns=list(FIVE_S_HEADERS))


def flawed_draft_answers() -> Styler:
    """What is wrong with FLAWED_MINUTES, and which problems the review checklist flags.

    A styled table, so the notebook shows each sentence in full (`.data` is the DataFrame).
    """
    table = pd.DataFrame([(problem, CAUGHT if caught else ONLY_PEOPLE)
                          for problem, caught in FLAWED_PROBLEMS],
                         columns=[PROBLEM_HEADER, CAUGHT_HEADER])
    return table.style.hide(axis="index").set_properties(**{"text-align": "left"})


# ---- Section 10: the grievance workflow -------------------------------------------------------


def escalation_table() -> pd.DataFrame:
    """The escalation path as a table: step, who handles it, how long, and the source."""
    return pd.DataFrame([{"step": n, "who": s.who, "time limit": s.time_limit,
                          "source": s.source} for n, s in enumerate(kpi.ESCALATION_PATH, 1)]
                        ).set_index("step")

