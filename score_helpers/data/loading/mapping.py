"""Which of a file's columns is which of ours: the suggestion, and applying a mapping.

A factory's file says 'Team', 'Output' and 'Sira'; our schema says `line`,
`units_produced` and `defects`. `suggest` scores every header against every schema column:

- 3: the header is the schema name, written any way (`columns.candidates`);
- 2: the header is a known other name (synonyms.py);
- 1 + similarity: the header is close to a schema name or a known name (typing slips);

then gives each schema column to its best-scoring header, best scores first, so two
headers never share a column. Two headers with the same best score for the same column
('Team' and 'Group', both other names of `line`), and nothing else to fall back on, are
reported as `ambiguous` and neither is used. A header that is a known other name of two
columns ('Area': `department` or `line`) goes to the one whose list names it earlier.
The mapping keeps the file's column order.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from score_helpers.data.loading.columns import candidates, normalise
from score_helpers.data.loading.synonyms import SLIP_CUTOFF, SYNONYMS
from score_helpers.data.schema import Column

FUZZY_CUTOFF = SLIP_CUTOFF   # difflib similarity above which a header is a typing slip
NOT_USED = ""         # a mapping value: this header is not one of our columns


@dataclass(frozen=True)
class Suggestion:
    """The suggested mapping (file header → schema name) and what could not be decided."""

    mapping: dict[str, str]
    ambiguous: dict[str, tuple[str, ...]] = field(default_factory=dict)  # name → headers

    @property
    def unambiguous(self) -> bool:
        """True when every header could be placed without a tie."""
        return not self.ambiguous


def _similarity(text: str, other: str) -> float:
    matcher = difflib.SequenceMatcher(None, text, other)
    if matcher.real_quick_ratio() < FUZZY_CUTOFF or matcher.quick_ratio() < FUZZY_CUTOFF:
        return 0.0
    return matcher.ratio()


def _scores(header: str, names: Sequence[str],
            fuzzy: bool = True) -> dict[str, tuple[float, int]]:
    """How well `header` fits each schema name (absent = not at all): the score, and the
    place of the other name in its synonyms list (to choose between two names)."""
    found: dict[str, tuple[float, int]] = {}
    own = candidates(header)
    for name in names:
        if name in own:
            found[name] = (3.0, 0)
            continue
        others = SYNONYMS.get(name, ())
        for position, other in enumerate(others):
            if other in own:
                found[name] = (2.0, position)
                break
        else:
            if not fuzzy:
                continue
            best = max((_similarity(own[0], other) for other in (name, *others)),
                       default=0.0)
            if best >= FUZZY_CUTOFF:
                found[name] = (1.0 + best, 0)
    return found


def suggest(headers: Sequence[str], columns: Iterable[Column], fuzzy: bool = True) -> Suggestion:
    """The suggested mapping for a file's headers onto `columns` (see the module docstring);
    `fuzzy=False` leaves out the typing-slip matches (faster, for finding the header row)."""
    names = [column.name for column in columns]
    ranked = [(score, position, rank, header, name)
              for position, header in enumerate(headers)
              for name, (score, rank) in _scores(header, names, fuzzy).items()]
    ranked.sort(key=lambda option: (-option[0], option[1], option[2]))
    options = [(score, position, header, name) for score, position, _, header, name in ranked]
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    ambiguous: dict[str, set[str]] = {}
    for score, _, header, name in options:
        if header in mapping or name in taken:
            continue
        if score == 3.0 and any(s == 3.0 and n == name and h != header
                                for s, _, h, n in options):
            taken.add(name)   # the same name written twice: the loader reports it
            continue
        rivals = [h for s, _, h, n in options
                  if n == name and s == score and h != header and h not in mapping
                  and not _has_other_choice(h, name, options, taken)]
        if rivals:
            ambiguous.setdefault(name, set()).update({header, *rivals})
            taken.add(name)
            continue
        mapping[header] = name
        taken.add(name)
    in_file_order = {header: mapping[header] for header in headers if header in mapping}
    return Suggestion(in_file_order,
                      {name: tuple(h for h in headers if h in found)
                       for name, found in ambiguous.items()})


def _has_other_choice(header: str, name: str,
                      options: list[tuple[float, int, str, str]], taken: set[str]) -> bool:
    return any(h == header and n != name and n not in taken for _, _, h, n in options)


def header_signature(headers: Iterable[str]) -> str:
    """What identifies 'a file with the same headers' (order and spelling of case free)."""
    return "|".join(sorted(normalise(header) for header in headers if header))


def check_mapping(mapping: Mapping[str, str], headers: Sequence[str],
                  columns: Iterable[Column]) -> list[tuple[str, str, str]]:
    """What is wrong with a mapping given by hand, as (kind, header, name) triples:
    kind 'header' (no such column in the file), 'name' (not one of our columns) or 'same'
    (several headers mapped to one column; header lists them). [] when it is fine."""
    names = {column.name for column in columns}
    found: list[tuple[str, str, str]] = []
    for header, name in mapping.items():
        if header not in headers:
            found.append(("header", header, name))
        elif name and name not in names:
            found.append(("name", header, name))
    used = [name for name in mapping.values() if name]
    for name in sorted({n for n in used if used.count(n) > 1}):
        given = ", ".join(f"'{h}'" for h, n in mapping.items() if n == name)
        found.append(("same", given, name))
    return found
