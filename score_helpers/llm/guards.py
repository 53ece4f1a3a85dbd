"""Generation guards: stop a reply that repeats itself or the prompt, and cap its length.

    guard = Guard(messages, max_chars=4000)
    for piece in stream:                 # or guard.feed(whole_text) once
        if guard.feed(piece):
            break                        # close the stream: the server stops too
    guard.finish()
    guard.text, guard.notes, guard.stopped

A `Guard` reads the reply piece by piece and stops it when
- a whole line comes back again (compared without markup, spaces or letter case): a line
  of 6 or more words seen twice, a shorter one 3 times in a row, or 3 times in all (5 for
  list items, which often repeat a word like "Who: Line leader"); blank and markup-only
  lines never count;
- a line of the prompt's instructions comes back (a "Task:" line also without its label),
  or a line made mostly (60 %) of stretches of 8 words of them. Instructions are the system
  messages and the user's plain lines; list items, table rows and the "Context" part of a
  user message are facts, which a draft may copy. An echo before anything else is left
  out once (small models often restate the task, then write);
- a run of 6 words comes back 3 times within one line (a phrase going round in circles),
  or a few letters or digits 20 times in a row ("1200000000…");
- the reply passes `max_chars` characters.
The text kept ends where the repetition began (its first copy stays). Each problem gives a
`GuardNote`: a `kind` an app can act on, an English `detail`, and `message(lang)` in the
app's language (score_helpers/i18n/en_llm.py and fil_llm.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from score_helpers.i18n import en_llm, fil_llm, language

KINDS = ("repeated_line", "repeated_prompt", "too_long", "wrong_language")
LONG_LINE_WORDS = 6          # a line this long may appear once
SHORT_LINE_RUN = 3           # a shorter line: this many times in a row, ...
SHORT_LINE_TOTAL = 3         # ... or in all,
LIST_ITEM_TOTAL = 5          # ... or in all for list items
ECHO_LINE_WORDS = 5          # prompt lines at least this long must not come back
ECHO_STRETCH_WORDS = 8       # nor a line made mostly of stretches this long of them,
ECHO_SHARE = 0.6             # ... mostly meaning this share of its words
PHRASE_WORDS = 6             # a run of words ...
PHRASE_TIMES = 3             # ... this many times in one line is a loop
CHARS_LOOP = re.compile(r"(.{1,10}?)\1{19,}")   # 1 to 10 characters, 20 times in a row
CHARS_LOOP_SPAN = 300
CHARS_PER_TOKEN = 8          # the default cap: generous (English averages about 4)
MIN_MAX_CHARS = 1000
SHOWN_CHARS = 70             # a repeated line is named, shortened to this

_WORD = re.compile(r"\w+")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+")
_PLACEHOLDER = re.compile(r"\[[^\]]*\]")
_INSTRUCTION_LABEL = ("task", "format", "constraints", "constraint", "role", "instructions",
                      "rules", "output", "answer")


@dataclass(frozen=True)
class GuardNote:
    """What a guard noticed in a reply: `kind` (one of KINDS), `detail` (plain English:
    what happened, what to do), `key` and `values` for `message` in another language."""

    kind: str
    detail: str
    key: str = ""
    values: tuple[tuple[str, str], ...] = ()

    def message(self, lang: str | None = None) -> str:
        """The note in `lang` ('en' or 'fil'; default SCORE_LANG), from the string tables."""
        table = fil_llm.GUARD if language(lang) == "fil" else en_llm.GUARD
        template = table.get(self.key or self.kind)
        return template.format(**dict(self.values)) if template else self.detail


def make_note(kind: str, key: str, **values: object) -> GuardNote:
    """A GuardNote whose detail is the English sentence `llm.guard.<key>` filled in."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}.")
    shown = tuple((name, str(value)) for name, value in values.items())
    return GuardNote(kind, en_llm.GUARD[key].format(**dict(shown)), key, shown)


def shorten(line: str, limit: int = SHOWN_CHARS) -> str:
    """`line` without surrounding spaces and markup, cut to `limit` characters with '…'."""
    cleaned = " ".join(_LIST_ITEM.sub("", line).strip(" #*_`>|\t").split())
    if len(cleaned) <= limit:
        return cleaned
    cut = cleaned[:limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:") + "…"


def words_of(text: str) -> list[str]:
    """The words of `text`, lower case, without markup or punctuation."""
    return _WORD.findall(text.casefold().replace("_", " "))


def normalise(line: str) -> str:
    """A line as the guards compare it: its words only, lower case ('' for blank/markup)."""
    return " ".join(words_of(_LIST_ITEM.sub("", line)))


def default_max_chars(max_tokens: int) -> int:
    """The default length cap for `max_tokens`: generous, so only a runaway reply hits it."""
    return max(MIN_MAX_CHARS, CHARS_PER_TOKEN * int(max_tokens))


def instruction_lines(prompt: str | Sequence[Mapping[str, str]] | None) -> list[str]:
    """The prompt's instruction lines (see the module docstring), normalised."""
    if prompt is None:
        return []
    messages = [{"role": "user", "content": prompt}] if isinstance(prompt, str) else prompt
    found: list[str] = []
    for message in messages:
        in_context = False
        for line in str(message.get("content", "")).splitlines():
            words = normalise(line)
            if message.get("role") == "system":
                found += [words, normalise(line.partition(":")[2])]
                continue
            first = words.split(" ", 1)[0]
            if first == "context":
                in_context = True
            elif first in _INSTRUCTION_LABEL:
                in_context = False
            if not (in_context or _LIST_ITEM.match(line) or line.lstrip().startswith("|")):
                found += [words, normalise(line.partition(":")[2])]
    return [line for line in found if line]


def _shingles(words: Sequence[str], size: int) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + size]) for i in range(len(words) - size + 1)}


class Guard:
    """Reads a reply piece by piece (`feed`) and says when to stop it (module docstring)."""

    def __init__(self, prompt: str | Sequence[Mapping[str, str]] | None = None,
                 max_chars: int | None = None) -> None:
        if max_chars is not None and (isinstance(max_chars, bool) or int(max_chars) < 1):
            raise ValueError(f"max_chars must be a positive number of characters or None, "
                             f"not {max_chars!r}.")
        self.max_chars = max_chars
        lines = instruction_lines(prompt)
        self._echo_lines = {line for line in lines if len(line.split()) >= ECHO_LINE_WORDS}
        self._echo_stretches: set[tuple[str, ...]] = set().union(
            *(_shingles(line.split(), ECHO_STRETCH_WORDS) for line in lines))
        self._raw, self._last, self._line_start, self._run = "", "", 0, 0
        self._cut: int | None = None
        self._dropped: list[tuple[int, int]] = []
        self._seen: dict[str, list[int]] = {}
        self._notes: dict[str, GuardNote] = {}
        self._kept_anything = False
        self._new_line()

    @property
    def stopped(self) -> bool:
        """True once a guard has stopped the reply."""
        return self._cut is not None

    @property
    def notes(self) -> tuple[GuardNote, ...]:
        """What the guards noticed, one note per problem."""
        return tuple(self._notes.values())

    @property
    def text(self) -> str:
        """The reply kept: up to where a repetition began, without a dropped echo."""
        end = len(self._raw) if self._cut is None else self._cut
        kept, start = [], 0
        for drop_start, drop_end in self._dropped:
            kept.append(self._raw[start:min(drop_start, end)])
            start = drop_end
        kept.append(self._raw[start:end])
        return "".join(kept)

    def feed(self, piece: str) -> bool:
        """Add the next piece of the reply; True when the reply must stop now."""
        if self.stopped:
            return True
        self._raw += piece
        while not self.stopped:
            end = self._raw.find("\n", self._line_start)
            if end < 0:
                break
            self._end_line(end)
        if not self.stopped:
            self._scan_words(len(self._raw), complete=False)
        if not self.stopped:
            self._scan_characters(len(self._raw) - CHARS_LOOP_SPAN, len(self._raw))
        if not self.stopped and self.max_chars and len(self._raw) > self.max_chars:
            self._stop_at_length()
        return self.stopped

    def finish(self) -> None:
        """The reply has ended: check its last line, which has no line break."""
        if not self.stopped and self._line_start < len(self._raw):
            self._end_line(len(self._raw))

    def _new_line(self) -> None:
        self._scanned = self._line_start
        self._words: list[str] = []
        self._word_starts: list[int] = []
        self._phrases: dict[tuple[str, ...], list[int]] = {}

    def _stop(self, at: int, kind: str, key: str, **values: object) -> None:
        self._cut = at
        self._notes[kind] = make_note(kind, key, **values)

    def _scan_words(self, end: int, complete: bool) -> None:
        """Count each run of PHRASE_WORDS words of the current line; stop on a loop."""
        for match in _WORD.finditer(self._raw, self._scanned, end):
            if match.end() == end and not complete:
                return                                   # the word may go on
            self._scanned = match.end()
            self._words.append(match.group().casefold())
            self._word_starts.append(match.start())
            if len(self._words) < PHRASE_WORDS:
                continue
            phrase = tuple(self._words[-PHRASE_WORDS:])
            starts = self._phrases.setdefault(phrase, [])
            starts.append(self._word_starts[-PHRASE_WORDS])
            if len(starts) >= PHRASE_TIMES and any(word.isalpha() for word in phrase):
                self._stop(starts[1], "repeated_line", "repeated_phrase",
                           line=shorten(self._raw[starts[0]:starts[1]]))
                return

    def _scan_characters(self, start: int, end: int) -> None:
        """Stop when a few letters or digits repeat 20 times in the current line."""
        for match in CHARS_LOOP.finditer(self._raw, max(start, self._line_start), end):
            unit, at = match.group(1), match.start()
            while at - len(unit) >= self._line_start and self._raw[at - len(unit):at] == unit:
                at -= len(unit)                 # the loop began before the window
            if any(char.isalnum() for char in unit):
                self._stop(at, "repeated_line", "repeated_phrase",
                           line=shorten(unit * 5))
                return

    def _end_line(self, end: int) -> None:
        """Check the line that ends at `end` (a line break or the end of the reply)."""
        start = self._line_start
        self._scan_words(end, complete=True)
        if not self.stopped:
            self._scan_characters(start, end)
        if not self.stopped:
            self._check_line(start, self._raw[start:end])
        self._line_start = end + 1
        self._new_line()

    def _check_line(self, start: int, line: str) -> None:
        words = normalise(line)
        if not words:
            return                                      # blank or markup only
        if self._is_echo(words):
            if self._kept_anything or self._dropped:
                self._stop(start, "repeated_prompt", "repeated_prompt", line=shorten(line))
            else:
                self._dropped.append((start, start + len(line) + 1))
                self._notes["repeated_prompt"] = make_note(
                    "repeated_prompt", "prompt_dropped", line=shorten(line))
            return
        starts = self._seen.setdefault(words, [])
        starts.append(start)
        self._run = self._run + 1 if words == self._last else 1
        self._last = words
        long_line = len(words_of(_PLACEHOLDER.sub(" ", line))) >= LONG_LINE_WORDS
        total = LIST_ITEM_TOTAL if _LIST_ITEM.match(line) else SHORT_LINE_TOTAL
        if ((long_line and len(starts) >= 2) or self._run >= SHORT_LINE_RUN
                or len(starts) >= total):
            self._stop(starts[1], "repeated_line", "repeated_line", line=shorten(line))
            return
        self._kept_anything = True

    def _is_echo(self, words: str) -> bool:
        """The line is an instruction, or mostly made of stretches of the instructions (a
        reply that starts by restating a question, then answers it, is no echo)."""
        if words in self._echo_lines:
            return True
        split, covered = words.split(), set()
        for i in range(len(split) - ECHO_STRETCH_WORDS + 1):
            if tuple(split[i:i + ECHO_STRETCH_WORDS]) in self._echo_stretches:
                covered.update(range(i, i + ECHO_STRETCH_WORDS))
        return len(covered) >= ECHO_SHARE * len(split) > 0

    def _stop_at_length(self) -> None:
        limit = int(self.max_chars or 0)
        line_break = self._raw.rfind("\n", 0, limit + 1)
        space = self._raw.rfind(" ", 0, limit + 1)
        at = line_break if line_break > limit * 0.8 else space if space > limit * 0.8 else limit
        self._stop(at, "too_long", "too_long", limit=limit)


@dataclass(frozen=True)
class Guarded:
    """A whole reply after the guards: the text kept, the notes, whether it was stopped."""

    text: str
    notes: tuple[GuardNote, ...]
    stopped: bool


def check_text(text: str, prompt: str | Sequence[Mapping[str, str]] | None = None,
               max_chars: int | None = None) -> Guarded:
    """Run the guards over a whole reply (a reply that was not streamed, or a pasted one)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be the reply as a string, not {type(text).__name__}.")
    guard = Guard(prompt, max_chars=max_chars)
    guard.feed(text)
    guard.finish()
    return Guarded(guard.text, guard.notes, guard.stopped)


def cut_by_server_note(max_tokens: int) -> GuardNote:
    """The note for a reply the server ended at `max_tokens` (finish_reason 'length')."""
    return make_note("too_long", "cut_by_server", limit=max_tokens)
