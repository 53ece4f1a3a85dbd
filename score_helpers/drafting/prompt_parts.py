"""The prompt grader: which of the five parts a prompt has, judged by what each part does.

    checks = check_prompt("Ikaw ang HR officer ng pabrika. Noong Lunes, 5 manggagawa …")
    checks["role"].present          # True: it says who the model should be
    checks["format"].reason("fil")  # what to add, in Filipino, when the part is missing

A part counts only when it does its job, in English, Filipino or Taglish:

- **role**: a job after "you are / act as / ikaw ay / ikaw ang / bilang isang …";
- **context**: facts: numbers, dates, an event, pasted or quoted notes, or at least three
  words of content after "here are / notes: / ito ang …";
- **task**: a document asked for ("write / gumawa ng / pakisulat" + memo, minutes, liham …);
- **format**: a shape with a number or a framing word ("in 3 bullets", "naka-bullet",
  "sa tatlong talata", "under 150 words", "Format: …");
- **constraints**: a limit with content ("do not add names", "use only the facts given",
  "huwag maglagay ng pangalan", "max 80 words").

So "You are. Here are. Write. Bullet. Do not." earns nothing: each cue word stands alone.
The words the rules read are in `prompt_words.py`; the hand-written prompts in
`tests/data/prompts/prompts.csv` measure how often the grader agrees with a person.
The reasons are module 02's exercise messages (`02_document_drafting.message.prompt_*`),
with their Filipino in `score_helpers/i18n/fil_exercises_02.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from score_helpers.drafting import prompt_words as w
from score_helpers.i18n import localise

PARTS: tuple[str, ...] = ("role", "context", "task", "format", "constraints")
REASON_PREFIX = w.REASONS_PREFIX
REASONS = w.REASONS
Prompt = str | Sequence[Mapping[str, str]]


@dataclass(frozen=True)
class PartCheck:
    """One part of a prompt: present or not, the prompt's own words that show it, and
    whether only its cue word was there ('You are.' starts a role but names none)."""

    part: str
    present: bool
    evidence: str = ""
    started: bool = False

    @property
    def reason_key(self) -> str:
        """The message key: 'prompt_found', 'prompt_<part>_bare' or 'prompt_<part>_missing'."""
        if self.present:
            return "prompt_found"
        return f"prompt_{self.part}_{'bare' if self.started else 'missing'}"

    def reason(self, lang: str | None = None) -> str:
        """A short, friendly sentence in `lang` (default SCORE_LANG): what was found, or what
        to add. It names the kind of thing to add, never a ready answer."""
        sentence = localise(REASON_PREFIX + self.reason_key, REASONS[self.reason_key], lang)
        return sentence.format(evidence=self.evidence) if self.present else sentence


# ---- Reading the text ------------------------------------------------------------------------
CLAUSE_END = re.compile(r"(?<!\d)[.!?]+|[.!?]+(?!\d)|[;\n]")   # not in 4.5
WORD = re.compile(r"[\w'’%-]+")
POSITION = rf"(?:^|[,:(]\s*|\b{w.IMPERATIVE_BEFORE}\s+|\byou\s+)"   # where a command starts
KNOWN = re.compile(rf"{w.TASK_VERB}|{w.DOCUMENTS}")
CUE_WORD = re.compile(rf"{w.TASK_VERB}|{w.SHAPES}|{w.LIMIT_OPENERS}|{w.ROLE_TRIGGER}")
ROLE = re.compile(rf"(?:^|\b)(?P<cue>{w.ROLE_TRIGGER}|^as(?=\s+(?:a|an|the|our|my)\b))"
                  rf"(?=\W|$)(?P<rest>[^,;.!?\n]*)")
VERB = re.compile(rf"\b{w.TASK_VERB}\b")
DOCUMENT = re.compile(rf"\b{w.DOCUMENTS}\b")
ASKED = re.compile(rf"(?:\bplease\s+(?:\w+\s+){{0,2}}|{w.TASK_LABEL}\s*(?:\w+\s+){{0,2}})"
                   rf"{w.DOCUMENTS}\b|\b{w.DOCUMENTS}\s+please\b")
SHAPE = re.compile(rf"\b{w.SHAPES}\b")
OPENER = re.compile(rf"{POSITION}(?P<cue>{w.LIMIT_OPENERS}|no)\b(?P<rest>[^,;.!?\n]*)")
LIMIT = re.compile(
    rf"{w.ONLY_FACTS}|^{w.CONSTRAINT_LABEL}\s*\w+"
    rf"|\b(?:without|no|walang|don't|do\s+not|never|huwag)\s+(?:[\w-]+\s+){{0,3}}"
    rf"{w.FORBIDDEN_OBJECTS}\b"
    rf"|\bkeep\s+it\s+(?:under|below|within|to|at)\s+(?:\d+|{w.NUMBER_WORDS})\b"
    rf"|\b(?:max(?:imum)?|at\s+most|up\s+to|no\s+more\s+than|not\s+more\s+than|"
    rf"(?:hindi|di)\s+(?:hihigit|lalampas)\s+(?:sa\s+)?|huwag\s+lalampas\s+(?:sa\s+)?|"
    rf"hanggang)\s*(?:\d+|{w.NUMBER_WORDS})\s+{w.UNITS}")
COUNT_OF_UNITS = re.compile(rf"(?:\d+|\b{w.NUMBER_WORDS})\s+(?:\w+\s+)?{w.UNITS}\b")


def prompt_text(prompt: Prompt) -> str:
    """A prompt as one text: a string as it is, chat messages' contents one after another."""
    if isinstance(prompt, str):
        return prompt
    return "\n".join(str(message.get("content", "")) for message in prompt)


def _slip(word: str, target: str) -> bool:
    """True when `word` is `target` with one letter wrong, missing, extra or swapped."""
    if word == target or word in w.NOT_SLIPS or abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        diff = [i for i, (a, b) in enumerate(zip(word, target, strict=True)) if a != b]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and word[diff[0]] == target[diff[1]]
                                  and word[diff[1]] == target[diff[0]])
    short, long = sorted((word, target), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def normalise(text: str) -> str:
    """Lower case, straight quotes, SMS spellings expanded and slips of task verbs fixed."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').lower()
    for pattern, meaning in w.SMS.items():
        text = re.sub(pattern, meaning, text)
    text = re.sub(r"\bnaka\s?(?=bullet|list|number|table|heading)", "naka-", text)
    return re.sub(r"\b[a-z]{4,8}\b", lambda m: m[0] if KNOWN.fullmatch(m[0]) else next(
        (verb for verb in w.VERB_SLIPS if _slip(m[0], verb)), m[0]), text)


def clauses(text: str) -> list[str]:
    """The clauses of a normalised text: split at sentence ends, semicolons and new lines."""
    return [part.strip() for part in CLAUSE_END.split(text) if part.strip()]


def _content(words: Iterable[str]) -> list[str]:
    """The words that carry content: a number, or a word of 3+ letters that is not a function
    word or a word that only announces a part."""
    return [word for word in words if any(c.isdigit() for c in word)
            or (len(word) >= 3 and word not in w.STOP and not CUE_WORD.fullmatch(word))]


def _after(text: str, end: int, count: int = 4) -> list[str]:
    return WORD.findall(text[end:])[:count]


def _around(clause: str, start: int, end: int, count: int = 3) -> str:
    """The clause's own text from `count` words before `start` to `count` words after `end`."""
    before = [m.start() for m in re.finditer(r"\w+", clause[:start])][-count:]
    after = [m.end() for m in re.finditer(r"\w+", clause[end:])][:count]
    return clause[before[0] if before else start:end + (after[-1] if after else 0)].strip()


# ---- The five parts ------------------------------------------------------------------------
def _role(parts: list[str]) -> tuple[PartCheck, list[str]]:
    """A job title (or, after an article, any noun) after a role trigger; the role's words."""
    started, spans = False, []
    for clause in parts:
        for found in ROLE.finditer(clause):
            started = True
            words = WORD.findall(found["rest"])[:8]
            skipped = 0
            while skipped < len(words) and words[skipped] in w.DETERMINERS:
                skipped += 1
            window = []
            for word in words[skipped:skipped + 5]:
                if word in w.ROLE_STOPPERS or VERB.fullmatch(word):
                    break
                window.append(word)
            cue = re.sub(r"\s+", "_", found["cue"].strip())
            head = any(word in w.ROLE_HEADS for word in window)
            noun = (skipped and window and window[0] not in w.NOT_A_ROLE
                    and window[0] not in w.STOP and cue not in w.HEAD_ONLY_TRIGGERS)
            if head or noun:
                said = " ".join([found["cue"].strip(), *words[:skipped], *window])
                spans.append(said)
                return PartCheck("role", True, said), spans
    return PartCheck("role", False, started=started), spans


def _task(parts: list[str]) -> PartCheck:
    """A task verb (or 'please', 'Task:') with a document it asks for, in one clause."""
    started = False
    for clause in parts:
        for found in VERB.finditer(clause):
            started = True
            rest = " ".join(WORD.findall(clause[found.end():])[:8])
            doc = DOCUMENT.search(rest)
            anything = found[0] in w.ANY_OBJECT_VERBS and _content(WORD.findall(rest))
            if doc or anything:
                return PartCheck("task", True, f"{found[0]} {rest}".strip())
        asked = ASKED.search(clause)
        if asked:
            return PartCheck("task", True, asked[0])
    return PartCheck("task", False, started=started)


def _format(parts: list[str]) -> PartCheck:
    """A shape with a number or a framing word near it, or 'Format:' with content."""
    started = False
    for clause in parts:
        label = re.search(rf"{w.FORMAT_LABEL}(?P<rest>.*)", clause)
        if label and _content(WORD.findall(label["rest"])):
            return PartCheck("format", True, label[0].strip())
        started = started or bool(re.search(r"\bformat\b", clause))
        for found in SHAPE.finditer(clause):
            before = re.findall(r"\w+", clause[:found.start()])[-3:]
            after = re.findall(r"\w+", clause[found.end():])[:3]
            numbered = any(word.isdigit() or re.fullmatch(w.NUMBER_WORDS, word)
                           for word in before + after)
            counted = bool(before) and (before[-1].isdigit()
                                        or bool(re.fullmatch(w.NUMBER_WORDS, before[-1])))
            if found[0] in w.COUNTED_SHAPES and not counted:
                continue
            started = True
            article = bool(before) and before[-1] in ("a", "an")
            framed = any(word in w.FRAMING - {"a", "an"} for word in before + after)
            if numbered or article or framed:
                return PartCheck("format", True, _around(clause, found.start(), found.end()))
    return PartCheck("format", False, started=started)


def _constraints(parts: list[str]) -> tuple[PartCheck, list[str]]:
    """A limit with content after it: a 'do not / huwag' rule, 'only the facts', a cap."""
    started, spans = False, []
    for clause in parts:
        found = LIMIT.search(clause)
        if found:
            said = " ".join([found[0].strip(" ,:"), *_after(clause, found.end())])
            spans.append(said)
            return PartCheck("constraints", True, said), spans
        for match in OPENER.finditer(clause):
            started = True
            words = WORD.findall(match["rest"])[:5]
            if match["cue"] == "no" and (not words or words[0] in w.NO_EXCEPTIONS or (
                    len(words) > 1 and words[1] in w.NO_EXCEPTIONS)):
                continue
            if _content(words):
                spans.append(match["cue"] + match["rest"])
                return (PartCheck("constraints", True, " ".join([match["cue"], *words])),
                        spans)
    return PartCheck("constraints", False, started=started), spans


def _signals(text: str) -> list[str]:
    """The facts' tell-tales in a text: numbers, dates and days, events, note lines."""
    found = re.findall(r"\b[\w-]*\d[\w%-]*", text)
    found += re.findall(rf"\b(?:{w.MONTHS}|{w.DAYS})\b", re.sub(r"\bmay\b(?!\s*\d)", " ", text))
    found += re.findall(r"(?m)^\s*(?:[-*•]|\d+[.)])\s+\S+\s+\S+", text)
    for word in WORD.findall(text):
        if word in w.EVENTS or re.fullmatch(r"(?:na|nag)-\w+", word) or (
                len(word) >= 5 and word.endswith("ed") and word not in w.NOT_EVENTS):
            found.append(word)
    return found


def _context(text: str, parts: list[str], masked: Iterable[str]) -> PartCheck:
    """Facts: 3+ content words after a cue, a quoted note, or 2+ tell-tales of facts."""
    started = False
    for index, clause in enumerate(parts):
        for cue in re.finditer(rf"\b{w.CONTEXT_CUE}\b", clause):
            started = True
            rest = clause[cue.end():]
            if rest.rstrip().endswith(":") or not rest.strip(" :"):
                rest += " " + " ".join(parts[index + 1:index + 4])
            words = _content(WORD.findall(rest))
            if len(words) >= 3:
                return PartCheck("context", True, " ".join(words[:8]))
    quoted = re.search(r"(?:^|\s)['\"]([^'\"]{20,})['\"](?=\s|$|[.,;:!?])", text)
    if quoted and len(_content(WORD.findall(quoted[1]))) >= 4:
        return PartCheck("context", True, " ".join(quoted[1].split()[:8]))
    found: list[tuple[int, str]] = []      # (tell-tales, clause) for each clause
    for clause in parts:
        rest = clause
        for span in masked:
            rest = re.sub(r"\W+".join(map(re.escape, span.split())), " ", rest)
        found.append((len(_signals(COUNT_OF_UNITS.sub(" ", rest))), clause))
    if sum(count for count, _ in found) >= 2:
        best = max(found, key=lambda item: item[0])[1]
        return PartCheck("context", True, " ".join(best.split()[:10]))
    return PartCheck("context", False, started=started)


def check_prompt(prompt: Prompt) -> dict[str, PartCheck]:
    """Each of the five parts of a prompt (a string or chat messages), judged by what it does.

    See the module's docstring for what counts; `PartCheck.reason(lang)` says what to add.
    """
    text = normalise(prompt_text(prompt))
    parts = clauses(text)
    role, role_spans = _role(parts)
    constraints, limit_spans = _constraints(parts)
    found = {"role": role, "context": _context(text, parts, role_spans + limit_spans),
             "task": _task(parts), "format": _format(parts), "constraints": constraints}
    return {part: found[part] for part in PARTS}


def parts_present(prompt: Prompt) -> dict[str, bool]:
    """Which of the five parts a prompt has: {'role': True, 'context': False, …}."""
    return {part: check.present for part, check in check_prompt(prompt).items()}


__all__ = ["PARTS", "REASONS", "REASON_PREFIX", "PartCheck", "check_prompt", "clauses",
           "normalise", "parts_present", "prompt_text"]
