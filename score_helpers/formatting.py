"""Numbers as people read them on a notice board: percents, pesos and rates."""

from __future__ import annotations

import math


def percent(value: float, decimals: int = 1) -> str:
    """0.034 → '3.4 %'; a missing value → '—'."""
    return "—" if _missing(value) else f"{value * 100:.{decimals}f} %"


def pesos(value: float, decimals: int = 2) -> str:
    """1234.5 → '₱1,234.50'; a missing value → '—'."""
    return "—" if _missing(value) else f"₱{value:,.{decimals}f}"


def number(value: float, decimals: int = 1) -> str:
    """1234.56 → '1,234.6'; a missing value → '—'."""
    return "—" if _missing(value) else f"{value:,.{decimals}f}"


def _missing(value: float) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))
