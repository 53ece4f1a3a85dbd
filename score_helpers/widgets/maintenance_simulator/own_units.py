"""The unit of each reading in a machine's own sensor file, read from its column name.

    notes = units_of({"Vib (in/s)": "vibration_mm_s", "Temp (°F)": "bearing_temp_c"})
    frame = in_our_units(frame, notes)     # in/s → mm/s, °F → °C

Our units are those of datasets/machine_sensors.csv: vibration in mm/s RMS, bearing
temperature in °C, motor current in A. A column name that says another unit we know is
converted:

    1 in/s = 25.4 mm/s                       (1 inch = 25.4 mm exactly, by definition)
    °C = (°F − 32) × 5 ÷ 9

A unit we do not know ('Vib (g)') and a name with no unit ('Vibration') are read as our
unit; each gets a note that the app shows, so a person can check the logger's settings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pandas as pd

READINGS = ("vibration_mm_s", "bearing_temp_c", "motor_current_a")
OUR_UNIT = {"vibration_mm_s": "mm/s", "bearing_temp_c": "°C", "motor_current_a": "A"}
MM_PER_INCH = 25.4
_BRACKETS = re.compile(r"[(\[]([^)\]]*)[)\]]")


def _inches_per_second(values: pd.Series) -> pd.Series:
    return values * MM_PER_INCH


def _fahrenheit(values: pd.Series) -> pd.Series:
    return (values - 32) * 5 / 9


@dataclass(frozen=True)
class Unit:
    """A unit a logger may write in a column name, and how to turn it into ours."""

    name: str
    pattern: str
    to_ours: Callable[[pd.Series], pd.Series] | None = None   # None: it is our unit


KNOWN: dict[str, tuple[Unit, ...]] = {
    "vibration_mm_s": (
        Unit("mm/s", r"mm\s*/\s*s|mm\s+per\s+sec"),
        Unit("in/s", r"\bin(?:ch(?:es)?)?\s*/\s*s|\bips\b|inch(?:es)?\s+per\s+sec",
             _inches_per_second)),
    "bearing_temp_c": (
        Unit("°C", r"°\s*c\b|\bdeg(?:rees?)?\.?\s*c\b|celsius|centigrade|[(\[]\s*c\s*[)\]]"
                   r"|[\s_]c$"),
        Unit("°F", r"°\s*f\b|\bdeg(?:rees?)?\.?\s*f\b|fahrenheit|[(\[]\s*f\s*[)\]]|[\s_]f$",
             _fahrenheit)),
    "motor_current_a": (
        Unit("A", r"[(\[]\s*a\s*[)\]]|\bamps?\b|\bamperes?\b|\bampere\b|[\s_]a$"),),
}
_CONVERSIONS = {(column, unit.name): unit.to_ours for column, units in KNOWN.items()
                for unit in units if unit.to_ours is not None}


@dataclass(frozen=True)
class UnitNote:
    """What the app did with one reading column's unit.

    status: 'ours' (the name says our unit), 'converted' (from `written`), 'unknown'
    (`written` is not a unit we know: read as ours) or 'none' (no unit in the name: read
    as ours).
    """

    column: str
    header: str
    status: str
    written: str = ""

    @property
    def unit(self) -> str:
        """Our unit for this reading ('mm/s', '°C' or 'A')."""
        return OUR_UNIT[self.column]


def unit_of(header: str, column: str) -> UnitNote:
    """The note for one reading column: which unit its name says, and what is done."""
    said = header.strip().lower()
    for unit in KNOWN[column]:
        if re.search(unit.pattern, said):
            return UnitNote(column, header, "ours" if unit.to_ours is None else "converted",
                            unit.name)
    written = ", ".join(part.strip() for part in _BRACKETS.findall(header) if part.strip())
    return UnitNote(column, header, "unknown" if written else "none", written)


def units_of(mapping: Mapping[str, str]) -> tuple[UnitNote, ...]:
    """A note for each reading column of `mapping` (file header → our column), in the order
    of READINGS."""
    found = {name: header for header, name in mapping.items() if name in READINGS}
    return tuple(unit_of(found[name], name) for name in READINGS if name in found)


def in_our_units(frame: pd.DataFrame, notes: tuple[UnitNote, ...]) -> pd.DataFrame:
    """A copy of `frame` with each converted reading column turned into our unit."""
    out = frame.copy()
    for note in notes:
        convert = _CONVERSIONS.get((note.column, note.written))
        if note.status == "converted" and convert is not None:
            out[note.column] = convert(out[note.column].astype("float64"))
    return out
