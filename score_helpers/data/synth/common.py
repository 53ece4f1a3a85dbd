"""Shared pieces of the generator: random streams, synthetic people and CSV formatting."""

from __future__ import annotations

import math
import re
import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
from faker import Faker

from score_helpers.data import safe_csv

START = date(2024, 1, 1)
END = date(2025, 12, 31)


# Month and day names spelled out here: strftime("%B") follows the machine's locale.
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def long_date(day: date) -> str:
    """A date written out in English, whatever the machine's locale: 17 July 2024."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _key(stream: str) -> int:
    """A fixed number for a stream name (CRC-32: the same on every machine and Python)."""
    return zlib.crc32(stream.encode("utf-8"))


def rng_for(seed: int, stream: str) -> np.random.Generator:
    """An independent random stream for one part of the data.

    It is keyed by the seed and the stream name only, so changing how one dataset is made
    never shifts the random numbers of another.
    """
    return np.random.default_rng(np.random.SeedSequence([seed, _key(stream)]))


def faker_for(seed: int, stream: str) -> Faker:
    """A Faker with the Philippine (en_PH) locale, seeded for one stream."""
    fake = Faker("en_PH")
    state = np.random.SeedSequence([seed, _key(stream), 1]).generate_state(1)[0]
    fake.seed_instance(int(state))
    return fake


# Faker 40 has no Philippine person names (en_PH falls back to US names), so surnames and
# half of the given names come from these lists of common Filipino names; Faker still
# does the seeded picking, and supplies the other given names, the SSS and mobile numbers.
SURNAMES = (
    "Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Torres",
    "Tomas", "Andrada", "Castillo", "Flores", "Villanueva", "Ramos", "Castro", "Rivera",
    "Aquino", "Navarro", "Salazar", "Mercado", "dela Cruz", "de Guzman", "Gonzales", "Lopez",
    "Manalo", "Dimaculangan", "Macaraeg", "Pangilinan", "Soriano", "Dizon", "Domingo",
    "Fernandez", "Aguilar", "Villareal", "Valdez", "Santiago", "Pascual", "Lim", "Tan",
    "Gatchalian", "Magbanua", "Dela Rosa", "Panganiban", "Sison", "Bernardo", "Francisco",
    "Javier", "Manalastas", "Evangelista", "Corpuz", "Agustin", "Buenaventura", "Samonte",
    "Sarmiento", "Tolentino", "Cabrera", "Espiritu", "Umali", "Lacson", "Mallari",
)
FIRST_MALE = (
    "Jose", "Juan", "Rogelio", "Arnel", "Rodel", "Reynaldo", "Jomar", "Jerome", "Mark Anthony",
    "John Paul", "Rommel", "Noel", "Danilo", "Ramil", "Jun", "Jayson", "Ronaldo", "Efren",
    "Ariel", "Christian", "Rey", "Alvin", "Joel", "Bong", "Carlo", "Nestor",
)
FIRST_FEMALE = (
    "Maricel", "Rowena", "Marites", "Lorna", "Rhea", "Jonalyn", "Angelica", "Princess",
    "Ma. Cristina", "Maria", "Liza", "Jennifer", "Mary Grace", "Joy", "Marivic", "Divina",
    "Rosalie", "Aileen", "Charmaine", "Kristine", "Analyn", "Gemma", "Lovely", "Shiela",
)


@dataclass(frozen=True)
class Person:
    """A synthetic person: given name, surname and gender (for Sir / Ma'am)."""

    first: str
    last: str
    female: bool

    @property
    def name(self) -> str:
        """Given name and surname."""
        return f"{self.first} {self.last}"

    @property
    def title(self) -> str:
        """How workers address a supervisor: Sir Santos, Ma'am Reyes."""
        return ("Ma'am " if self.female else "Sir ") + self.last


def make_person(fake: Faker) -> Person:
    """A synthetic Filipino worker's name (no real person)."""
    female = fake.boolean()
    if fake.boolean():
        first = fake.first_name_female() if female else fake.first_name_male()
    else:
        first = fake.random_element(FIRST_FEMALE if female else FIRST_MALE)
    return Person(first, fake.random_element(SURNAMES), female)


def mobile_number(fake: Faker) -> str:
    """A synthetic Philippine mobile number written 09XX-XXX-XXXX."""
    while True:
        digits = re.sub(r"\D", "", fake.mobile_number())[-10:]
        if digits.startswith("9"):
            return f"0{digits[:3]}-{digits[3:6]}-{digits[6:]}"


# --- Writing -------------------------------------------------------------------------------

def _fixed(value: float | None, decimals: int) -> str:
    if value is None or math.isnan(value):
        return ""
    return f"{value:.{decimals}f}"


def as_text(frame: pd.DataFrame, decimals: dict[str, int]) -> pd.DataFrame:
    """The frame with every cell as the text written to the CSV.

    Float columns listed in `decimals` get that many decimals (12450.00, 37.5); other cells
    are written as pandas writes them; missing values become empty cells.
    """
    text = {}
    for column in frame.columns:
        values = frame[column]
        if column in decimals and pd.api.types.is_float_dtype(values.dtype):
            cells = [_fixed(v, decimals[column]) for v in values.tolist()]
        else:
            cells = ["" if pd.isna(v) else str(v) for v in values.tolist()]
        text[column] = pd.Series(cells, index=frame.index, dtype=object)
    return pd.DataFrame(text, columns=frame.columns)


def write_csv(frame: pd.DataFrame, path: Path, decimals: dict[str, int]) -> Path:
    """Write `frame` as UTF-8 CSV with '\\n' line ends and fixed decimals; return the path.
    It goes through data.safe_csv like every export; no generated cell is formula-like, so
    that changes no byte (tests/test_datasets.py)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    safe_csv.frame_to_csv(as_text(frame, decimals), path, lineterminator="\n",
                          encoding="utf-8")
    return path
