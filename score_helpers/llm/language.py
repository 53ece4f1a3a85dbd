"""Which language a reply is in: English, Filipino or Taglish, from its little words.

    guess_language("Pakicheck yung machine sa Line 2 bago mag-start ang shift.")   # 'Filipino'
    language_note("Filipino", reply.text)     # a GuardNote when English came back, else None

Content words say little: a Filipino supervisor writes "machine", "output", "defects" and
"shift" in English. The function words do: ang, ng, mga, sa, na, ay, po, hindi, yung, kasi
... against the, and, of, to, is, are, with ... The guess counts them and ignores what a
Filipino draft keeps in English on purpose or by nature: heading lines (the prompts ask for
English headings), table rows, names (a capital letter inside a sentence), acronyms such
as PO (purchase order) and numbers. Words that are both (at, may, a) are not counted.
"""

from __future__ import annotations

import re

from score_helpers.llm.guards import GuardNote, make_note

ENGLISH = "English"
FILIPINO = "Filipino"
TAGLISH = "Taglish"
UNKNOWN = "unknown"
LANGUAGES = (ENGLISH, FILIPINO, TAGLISH)
MIN_WORDS = 6                 # fewer function words than this: 'unknown'
FILIPINO_FROM = 0.85          # share of Filipino function words from which it is Filipino
ENGLISH_UP_TO = 0.15          # share up to which it is English; between: Taglish



def _word_set(words: str) -> frozenset[str]:
    """The words of a block of text, one by one."""
    return frozenset(words.split())


FILIPINO_WORDS = _word_set("""
ang ng nang mga sa na ay po opo hindi di yung yong iyong ung kasi para si ni kay sina nina
kina ito iyan iyon yan yun dito diyan doon dyan ko mo niya nya namin natin nila ninyo
nyo akin amin atin kanila inyo ako ikaw ka siya sya kami tayo kayo sila pero kaya kapag pag
kung lang lamang din rin ba naman pa muna talaga daw raw wala walang mayroon meron
dapat puwede pwede bawal huwag wag ano anong bakit paano saan kailan sino ilan tapos saka
bago habang hanggang mula galing tungkol lahat bawat isa isang dalawa tatlo ating aming
inyong kanilang kaniyang kanyang nasa nandito nandoon ganito ganyan ganoon sobrang masyado
""")

ENGLISH_WORDS = _word_set("""
the and of to is are was were be been being with for on in by this that these those it its
from as an or not no we they our their you your he she his her them us will would should
must can could have has had do does did if when which who what where there here than then
so but also into out over after before about all each every any some because while only
just very more most other such same
""")

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?:;]\s*$")
_TITLE = re.compile(r"\b(?:mr|ms|mrs|dr|engr|atty|g|gng|bb|sto|sta)\.\s*$", re.IGNORECASE)


def _is_heading(line: str) -> bool:
    """A Markdown heading, a bold-only line, a short 'Label:' line or a table row."""
    stripped = line.strip()
    if stripped.startswith(("#", "|")):
        return True
    if stripped.startswith(("**", "__")) and stripped.endswith(("**", "__", ":")):
        return True
    return stripped.endswith(":") and len(stripped.split()) <= 4


def function_words(text: str) -> tuple[int, int]:
    """How many Filipino and English function words `text` has (see the module docstring)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a string, not {type(text).__name__}.")
    filipino = english = 0
    for line in text.splitlines():
        if _is_heading(line):
            continue
        sentence_start = True
        for match in _WORD.finditer(line):
            word = match.group()
            before = line[:match.start()]
            starts = sentence_start or not before.strip(" -*•>\t") or bool(
                _SENTENCE_END.search(before) and not _TITLE.search(before))
            sentence_start = False
            if (len(word) > 1 and word.isupper()) or (word[0].isupper() and not starts):
                continue                                  # an acronym or a name
            lower = word.lower()
            filipino += lower in FILIPINO_WORDS
            english += lower in ENGLISH_WORDS
    return filipino, english


def guess_language(text: str) -> str:
    """'English', 'Filipino', 'Taglish', or 'unknown' when there are too few words to tell."""
    filipino, english = function_words(text)
    if filipino + english < MIN_WORDS:
        return UNKNOWN
    share = filipino / (filipino + english)
    if share >= FILIPINO_FROM:
        return FILIPINO
    return ENGLISH if share <= ENGLISH_UP_TO else TAGLISH


ACCEPTED: dict[str, tuple[str, ...]] = {
    ENGLISH: (ENGLISH, UNKNOWN),
    FILIPINO: (FILIPINO, TAGLISH, UNKNOWN),    # a supervisor's Filipino mixes in English
    TAGLISH: (TAGLISH, FILIPINO, UNKNOWN),
}


def language_note(asked: str, text: str) -> GuardNote | None:
    """A 'wrong_language' GuardNote when `text` is not in the language `asked` (English,
    Filipino or Taglish, as in drafting.prompts.LANGUAGES); None when it is, or when the
    text is too short to tell. Taglish accepts a mix; English accepts no Filipino reply."""
    wanted = {name.lower(): name for name in LANGUAGES}.get(str(asked).strip().lower())
    if wanted is None:
        raise ValueError(f"asked must be one of {', '.join(LANGUAGES)}, not {asked!r}.")
    found = guess_language(text)
    if found in ACCEPTED[wanted]:
        return None
    return make_note("wrong_language", "wrong_language", asked=wanted, found=found)
