"""The loader speaks the app's language: in Filipino mode a broken file's problem list,
its summary and its fix are Filipino (Taglish), and every loader sentence has both."""

from __future__ import annotations

import io
import pickle
import string
from pathlib import Path

import pytest

from score_helpers import data
from score_helpers.data import DataError
from score_helpers.data.loading import messages as msg
from score_helpers.data.loading.messages import loader_language
from score_helpers.i18n import en_loader, fil_loader

BROKEN = b"date,line,units_produced,defects\n2025-03-05,Line A,12O,1\n2025-03-06,Line A,100,-2\n"


@pytest.fixture(autouse=True)
def _no_score_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SCORE_LANG", raising=False)


def broken(content: bytes = BROKEN, name: str = "my_kpis.csv") -> DataError:
    with pytest.raises(DataError) as caught:
        data.load_kpi_csv(io.BytesIO(content), name=name)
    return caught.value


def test_a_broken_file_under_filipino_gives_filipino_lines_and_fix() -> None:
    with loader_language("fil") as lang:
        assert lang == "fil"
        error = broken()
    assert str(error).splitlines() == [
        "my_kpis.csv: may 2 problema.",
        "  - column 'units_produced', row 2: buong numero ang kailangan, pero '12O' ang "
        "nakita (letrang O?).",
        "  - column 'defects', row 3: may '-2', pero hindi ito puwedeng negative.",
        "Ayusin ang mga cell na ito sa spreadsheet mo, tapos i-load ulit ang file.",
    ]
    assert error.fix == fil_loader.LOADER["FIX_CELLS"]
    assert [p.kind for p in error.problems] == ["NOT_WHOLE_NUMBER", "NEGATIVE"]


def test_outside_the_block_the_loader_is_english_again() -> None:
    with loader_language("fil"):
        pass
    error = broken()
    assert str(error).startswith("my_kpis.csv: 2 problems found.")
    assert error.fix == en_loader.LOADER["FIX_CELLS"]


def test_score_lang_is_the_default_and_the_block_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCORE_LANG", "fil")
    assert "may 2 problema" in str(broken())
    with loader_language("en"):
        assert "2 problems found" in str(broken())
        with loader_language("tl"):            # the codes i18n.language accepts
            assert msg.current_language() == "fil"
        assert msg.current_language() == "en"
    with loader_language(None):                # None follows SCORE_LANG
        assert msg.current_language() == "fil"


def test_grouped_lines_duplicates_and_mapping_problems_in_filipino(tmp_path: Path) -> None:
    rows = "".join(f"2026-01-05,Team 1,Araw,{units}\n" for units in range(100, 130))
    with loader_language("fil"):
        copies = broken(b"Petsa,Linya,Shift,Nagawa\n" + rows.encode())
        tied = broken(b"Date,Team,Group\n2026-01-05,A,B\n")
        missing = broken(b"line,defects\nA,1\n")
    lines = str(copies).splitlines()
    assert lines[0] == "my_kpis.csv: may 29 problema."
    assert lines[1] == ("  - row 3: pareho ang line, araw at shift ng row na ito at ng row 2: "
                        "'Team 1', 2026-01-05, 'Araw'. Burahin ang isa sa dalawang row, o "
                        "pagsamahin sila sa isang row.")
    assert lines[2] == "    Ganito rin ang problema sa 28 pang row, gaya ng 4, 5, 6, 7, 8."
    assert "Puwedeng 'line' ang 'Team', 'Group'" in str(tied)
    assert str(tied).endswith("Baguhin ang column mapping at i-load ulit ang file.")
    assert "Walang column na 'date' ang file" in str(missing)


def test_the_mapping_note_and_an_unknown_dataset_in_filipino(
        capsys: pytest.CaptureFixture[str]) -> None:
    with loader_language("fil"):
        frame = data.load_kpi_csv(io.BytesIO(b"Petsa,Linya\n2026-01-05,A\n"), name="a.csv")
        with pytest.raises(DataError) as caught:
            data.load("garments_daly")
    assert capsys.readouterr().out.strip() == (
        "Mga column na ginamit: 'Petsa' bilang date, 'Linya' bilang line.")
    assert frame.attrs["mapping_note"].startswith("Mga column na ginamit")
    assert "'garments_daily' ba ang ibig mong sabihin?" in str(caught.value)


def test_a_filipino_error_survives_pickle() -> None:
    with loader_language("fil"):
        error = broken()
    copy = pickle.loads(pickle.dumps(error))
    assert str(copy) == str(error) and copy.fix == error.fix


def test_every_loader_sentence_has_english_and_filipino_with_the_same_placeholders() -> None:
    def fields(sentence: str) -> list[str]:
        return sorted(n for _, n, _, _ in string.Formatter().parse(sentence) if n)

    assert set(en_loader.LOADER) == set(fil_loader.LOADER)
    for name, english in en_loader.LOADER.items():
        with loader_language("en"):
            assert getattr(msg, name) == english and getattr(msg, name).kind == name
        with loader_language("fil"):
            filipino = getattr(msg, name)
        assert filipino == fil_loader.LOADER[name]
        assert fields(filipino) == fields(english), name


def test_most_sentences_are_really_translated() -> None:
    same = [name for name, english in en_loader.LOADER.items()
            if fil_loader.LOADER[name] == english]
    # only the words the shop floor keeps in English are the same in both
    assert set(same) <= {"WHERE_COLUMN_ROW", "WHERE_COLUMN", "WHERE_ROW", "KIND_WORD",
                         "KIND_ZIP", "KIND_ARCHIVE", "KIND_RTF", "KEY_FACTORY", "KEY_LINE",
                         "KEY_SHIFT", "KEY_DEPARTMENT"}


def test_an_unknown_sentence_names_the_table() -> None:
    with pytest.raises(AttributeError, match=r"en_loader\.py"):
        msg.NO_SUCH_SENTENCE  # noqa: B018
    assert "FIX_CELLS" in dir(msg)


def test_groups_speak_the_language_the_error_was_made_in() -> None:
    rows = b"".join(b"2025-03-%02d,Line A,1O0,1\n" % day for day in range(1, 11))
    with loader_language("fil"):
        error = broken(b"date,line,units_produced,defects\n" + rows)
    [group] = error.groups()
    assert error.language == group.language == "fil"
    assert group.lines()[1] == "Ganito rin ang problema sa 9 pang row, gaya ng 3, 4."
