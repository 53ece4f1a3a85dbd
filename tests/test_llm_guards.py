"""The generation guards (llm/guards.py) and the language guesser (llm/language.py) on
planted replies: the failures seen with the small offline model are stopped and named, a
clean draft passes untouched. The streaming tests through a server are in test_llm.py."""

from __future__ import annotations

import string

import pytest

from score_helpers import llm
from score_helpers.drafting import prompts
from score_helpers.i18n import en_llm, fil_llm
from score_helpers.llm import guards, language

TASK = "Task: Write the minutes of the EIT meeting from the rough notes."
MINUTES_PROMPT = prompts.build_prompt(
    "eit_minutes", meeting_date="5 December 2025",
    attendees="Maria Santos (line leader), Jose Reyes (QC inspector), Ana Cruz (operator)",
    notes="- defects up 4% on Line 2 because the needle guard of machine 14 is broken\n"
          "- maintenance to replace the guard\n- next meeting 12 December")

CLEAN_MINUTES = """## Attendance
- Maria Santos (line leader)
- Jose Reyes (QC inspector)
- Ana Cruz (operator)

## Discussion
- Defects on Line 2 went up to 4% because the needle guard of machine 14 is broken.
- The team agreed the guard must be replaced before the next shift.

---

## Decisions
- Replace the needle guard of machine 14.
- [TO CONFIRM]

## Action items
| What | Who | By when |
|------|-----|---------|
| Replace the needle guard | Maintenance | [TO CONFIRM] |
| Check defects daily | QC inspector | [TO CONFIRM] |

- What: replace the guard
  - Who: Maintenance
- What: check the defects every day
  - Who: Maintenance
- Who: [TO CONFIRM]

## Next meeting
- 12 December
"""

GOOD_TAGLISH = """## Topic
Safe use ng forklift

## Key points
- Yung topic natin today is safe use ng forklift. Always check the brakes and horn bago gamitin.
- Kapag may blind corner, mag-horn tayo and slow down.
- Bawal sumakay ang ibang tao sa forklift, kahit saglit lang.
- Kung may sira, report agad kay supervisor bago mag-start ang shift.
"""


def run(text: str, prompt: object = MINUTES_PROMPT, max_chars: int | None = None
        ) -> llm.Guarded:
    """The guards on a whole reply."""
    return llm.check_text(text, prompt, max_chars=max_chars)  # type: ignore[arg-type]


def keys(result: llm.Guarded) -> list[str]:
    return [note.key for note in result.notes]


def test_the_task_line_ten_times_is_stopped_and_named() -> None:
    result = run("\n".join([TASK] * 10))
    assert result.stopped and result.text.strip() == ""
    assert [note.kind for note in result.notes] == ["repeated_prompt"]
    assert "Write the minutes of the EIT meeting" in result.notes[0].detail


def test_a_line_repeated_without_a_prompt_keeps_its_first_copy() -> None:
    result = run("Intro line.\n" + "\n".join([TASK] * 10), prompt=None)
    assert result.stopped and keys(result) == ["repeated_line"]
    assert result.text.strip() == f"Intro line.\n{TASK}"


def test_the_prompt_echoed_after_a_start_stops_there() -> None:
    reply = ("## Attendance\n- Maria Santos (line leader)\n\nYour task is to write the minutes "
             "of the EIT meeting from the rough notes.\n## Discussion\n- more")
    result = run(reply)
    assert result.stopped and keys(result) == ["repeated_prompt"]
    assert result.text.strip() == "## Attendance\n- Maria Santos (line leader)"


def test_an_echo_before_anything_else_is_left_out_once_and_the_draft_goes_on() -> None:
    result = run(f"{TASK}\n\n## Attendance\n- Maria Santos (line leader)\n")
    assert not result.stopped
    assert keys(result) == ["prompt_dropped"] and result.notes[0].kind == "repeated_prompt"
    assert result.text.strip() == "## Attendance\n- Maria Santos (line leader)"


def test_facts_of_the_context_may_be_copied() -> None:
    reply = ("## Discussion\n- defects up 4% on Line 2 because the needle guard of machine 14 "
             "is broken\n- Maria Santos (line leader), Jose Reyes (QC inspector), Ana Cruz "
             "(operator)\n")
    result = run(reply)
    assert result.notes == () and result.text == reply


def test_title_over_and_over_is_stopped_after_the_first() -> None:
    result = run("Title:\n\nTitle:\nTitle:\nTitle:\nTitle:\n", prompt=None)
    assert result.stopped and keys(result) == ["repeated_line"]
    assert result.text.strip() == "Title:"
    assert "“Title:”" in result.notes[0].detail


def test_a_short_line_three_times_among_other_lines_is_repetition() -> None:
    reply = "Title:\nForklift safety\nTitle:\nBrakes first\nTitle:\nHorn at corners\n"
    result = run(reply, prompt=None)
    assert result.stopped and result.text.strip() == "Title:\nForklift safety"


def test_a_phrase_going_round_in_circles_is_stopped() -> None:
    loop = "we will check the line and clean the area every day and "
    result = run("Decision: " + loop * 6, prompt=None)
    assert result.stopped and keys(result) == ["repeated_phrase"]
    assert result.text.strip() == "Decision: " + loop.strip()
    assert result.notes[0].kind == "repeated_line"


def test_digits_without_end_are_stopped() -> None:
    result = run("- Target: 30000 units, 12" + "0" * 400, prompt=None)
    assert result.stopped and result.text == "- Target: 30000 units, 12"


def test_a_clean_minutes_draft_with_lists_and_a_table_passes_untouched() -> None:
    result = run(CLEAN_MINUTES)
    assert result.notes == () and not result.stopped
    assert result.text == CLEAN_MINUTES


def test_the_length_cap_stops_a_long_reply() -> None:
    reply = " ".join(f"Point {number} is about line {number}." for number in range(200))
    result = run(reply, prompt=None, max_chars=300)
    assert result.stopped and keys(result) == ["too_long"]
    assert 240 < len(result.text) <= 300 and reply.startswith(result.text)
    assert "300 characters" in result.notes[0].detail


def test_fed_piece_by_piece_the_guard_stops_where_the_whole_text_stops() -> None:
    reply = "Intro line.\n" + "\n".join([TASK] * 10)
    guard = guards.Guard(None)
    fed = 0
    for char in reply:
        fed += 1
        if guard.feed(char):
            break
    assert guard.stopped and fed < len(reply) // 3, "it must stop at the second copy"
    assert guard.text == run(reply, prompt=None).text


def test_the_default_cap_is_generous() -> None:
    assert guards.default_max_chars(256) >= 4 * 256 * 2
    assert guards.default_max_chars(1) >= 1000


def test_bad_arguments_are_named() -> None:
    with pytest.raises(ValueError, match="max_chars"):
        guards.Guard(None, max_chars=0)
    with pytest.raises(ValueError, match="language must be one of English, Filipino"):
        llm.chat("hello", language="French")
    with pytest.raises(ValueError, match="asked must be one of"):
        llm.language_note("Klingon", "text")
    with pytest.raises(TypeError, match="text must be"):
        llm.check_text(None)  # type: ignore[arg-type]


def test_notes_speak_english_and_filipino() -> None:
    note = run("Title:\nTitle:\nTitle:\n", prompt=None).notes[0]
    assert note.message("en") == note.detail
    filipino = note.message("fil")
    assert "Paulit-ulit" in filipino and "“Title:”" in filipino
    assert set(en_llm.GUARD) == set(fil_llm.GUARD)

    def fields(sentence: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(sentence) if name}

    assert all(fields(en_llm.GUARD[key]) == fields(fil_llm.GUARD[key]) for key in en_llm.GUARD)


# --- Which language came back -----------------------------------------------------------

FILIPINO_TEXTS = (
    "Mga kasama, paalala lang po: bawal pumasok sa cutting area nang walang gloves. Kapag may "
    "nakita kayong sirang makina, sabihan agad ang line leader.",
    "## Discussion\n## Action items\nNapag-usapan namin sa meeting na kulang ang tao sa Line 3 "
    "tuwing Sabado. Si Aling Rosa ang gagawa ng bagong schedule at ipapakita niya ito sa "
    "susunod na linggo.",
    "- Sira pa rin ang aircon sa packing kaya mainit at pagod agad ang mga tao.\n- Hindi pa "
    "dumarating ang spare part para sa compressor (PO 4521).\n- Titingnan ito ng maintenance "
    "bukas ng umaga.",
)
TAGLISH_TEXTS = (
    "Guys, meeting tayo mamaya after lunch. Pag-usapan natin yung output ng Line 3 kasi we're "
    "behind sa target this week. Please bring your reports and yung mga defect logs.",
    "Na-check ko na yung machine 14, okay na siya. But we need to order a new needle guard "
    "kasi yung luma is cracked na. I'll follow up with purchasing bukas.",
    "Reminder lang po: ang 5S audit is on Friday. Please clean your area before 3 PM and "
    "throw the red-tag items sa designated area. Salamat sa cooperation ninyo!",
    GOOD_TAGLISH,
)
ENGLISH_TEXTS = (
    CLEAN_MINUTES,
    "Safe use of the forklift: check the brakes and the horn before each shift. Sound the "
    "horn at blind corners and never carry a passenger. Report any damage to the supervisor.",
    "Mr. Ang and Ms. Si Reyes from the Sa-Ng Trading office checked the PO with the team "
    "and the QC inspector on 5 December.",
)


@pytest.mark.parametrize("text", FILIPINO_TEXTS)
def test_filipino_is_recognised(text: str) -> None:
    assert llm.guess_language(text) == "Filipino"


@pytest.mark.parametrize("text", TAGLISH_TEXTS)
def test_taglish_is_recognised(text: str) -> None:
    assert llm.guess_language(text) == "Taglish"


@pytest.mark.parametrize("text", ENGLISH_TEXTS)
def test_english_is_recognised_names_and_acronyms_aside(text: str) -> None:
    assert llm.guess_language(text) == "English"


def test_too_little_text_is_unknown_and_never_noted() -> None:
    assert llm.guess_language("OK.") == "unknown"
    assert llm.guess_language("## Attendance\n## Discussion\n- 5 December 2025") == "unknown"
    assert llm.language_note("Filipino", "OK, noted.") is None


def test_english_headings_of_a_filipino_draft_are_ignored() -> None:
    filipino, english = language.function_words(
        "## Action items for the team\n**Decisions of the meeting**\nAttendance:\n"
        "Ang mga operator ng Line 2 ay magche-check ng needle guard.")
    assert english == 0 and filipino >= 4


def test_an_english_reply_to_a_filipino_request_is_noted() -> None:
    note = llm.language_note("Filipino", CLEAN_MINUTES)
    assert note is not None and note.kind == "wrong_language"
    assert "asked for Filipino" in note.detail and "came back in English" in note.detail
    assert "Filipino ang hiningi mo" in note.message("fil")
    assert llm.language_note("Taglish", CLEAN_MINUTES) is not None


def test_a_filipino_reply_to_an_english_request_is_noted() -> None:
    note = llm.language_note("English", FILIPINO_TEXTS[0])
    assert note is not None and "came back in Filipino" in note.detail


def test_the_right_language_and_a_good_taglish_mix_pass() -> None:
    assert llm.language_note("Taglish", GOOD_TAGLISH) is None
    assert llm.language_note("Filipino", GOOD_TAGLISH) is None
    assert llm.language_note("Taglish", FILIPINO_TEXTS[1]) is None
    assert llm.language_note("English", CLEAN_MINUTES) is None
    assert run(GOOD_TAGLISH, prompts.build_prompt(
        "toolbox_talk", language="Taglish", topic="Safe use of the forklift",
        hazards="Blind corners", controls="Horn at corners")).notes == ()
