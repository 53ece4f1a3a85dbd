"""The three fictional factories: lines, products, workforce, wages and typical levels."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Product:
    """A product with the line's ideal cycle time and the material cost of one piece."""

    name: str
    ideal_cycle_time_min: float
    material_cost_php: float


@dataclass(frozen=True)
class FactoryProfile:
    """One factory: who it is, what its lines make and the levels its numbers move around."""

    key: str
    company: str
    location: str
    products: tuple[Product, ...]
    # line name -> weights over `products` for the product of the week
    line_products: dict[str, tuple[float, ...]]
    headcount: tuple[int, ...]          # starting headcount per line
    wage_premium: float                 # daily rate = NCR minimum wage x premium
    defect_rate: float                  # typical first-time defect rate in 2024, off-peak
    rework_share: float                 # share of defects repaired rather than scrapped
    on_time_rate: float                 # typical on-time delivery off-peak
    orders_per_day: float               # mean orders (or shipments) due per line-day, minus 1
    overhead_php: float                 # overhead per line-day for a normal shift
    peak_boost: float                   # extra output in the Christmas peak, on top of overtime

    @property
    def lines(self) -> tuple[str, ...]:
        """The line names, in order."""
        return tuple(self.line_products)


FACTORIES: dict[str, FactoryProfile] = {
    "garments": FactoryProfile(
        key="garments",
        company="Tahi Pinoy Apparel Corp.",
        location="Valenzuela City, Metro Manila (NCR)",
        products=(Product("polo shirt", 0.55, 92.0), Product("denim pants", 0.85, 185.0),
                  Product("school uniform blouse", 0.65, 78.0)),
        line_products={"Line A": (0.85, 0.0, 0.15), "Line B": (0.1, 0.9, 0.0),
                       "Line C": (0.35, 0.15, 0.5)},
        headcount=(44, 38, 52),
        wage_premium=1.0,
        defect_rate=0.042,
        rework_share=0.8,
        on_time_rate=0.93,
        orders_per_day=1.6,
        overhead_php=9200.0,
        peak_boost=0.04,
    ),
    "food": FactoryProfile(
        key="food",
        company="Bukid Sarap Food Products Inc.",
        location="Novaliches, Quezon City, Metro Manila (NCR)",
        products=(Product("banana chips 250 g", 0.10, 24.0),
                  Product("dried mango 100 g", 0.14, 47.0)),
        line_products={"Line A": (0.9, 0.1), "Line B": (0.2, 0.8)},
        headcount=(31, 27),
        wage_premium=1.04,
        defect_rate=0.021,
        rework_share=0.25,
        on_time_rate=0.95,
        orders_per_day=4.0,
        overhead_php=11800.0,
        peak_boost=0.06,
    ),
    "electronics": FactoryProfile(
        key="electronics",
        company="Silangan Circuit Assemblies Inc.",
        location="Alabang, Muntinlupa City, Metro Manila (NCR)",
        products=(Product("PCB assembly", 1.10, 310.0), Product("wire harness", 0.70, 145.0),
                  Product("LED driver board", 0.95, 210.0)),
        line_products={"Line A": (0.8, 0.0, 0.2), "Line B": (0.0, 1.0, 0.0),
                       "Line C": (0.3, 0.0, 0.7)},
        headcount=(28, 34, 24),
        wage_premium=1.10,
        defect_rate=0.018,
        rework_share=0.65,
        on_time_rate=0.945,
        orders_per_day=2.2,
        overhead_php=14500.0,
        peak_boost=0.03,
    ),
}

# NCR minimum daily wage, non-agriculture: (effective from, PHP per day).
MINIMUM_WAGE: tuple[tuple[date, float], ...] = (
    (date(2023, 7, 16), 610.0),   # Wage Order NCR-24
    (date(2024, 7, 17), 645.0),   # Wage Order NCR-25
    (date(2025, 7, 18), 695.0),   # Wage Order NCR-26
)

OVERTIME_PREMIUM = 1.25   # Labor Code art. 87: +25 % of the hourly rate on ordinary days
PAID_HOURS_PER_DAY = 8


def minimum_wage(day: date) -> float:
    """The NCR non-agriculture minimum daily wage in force on `day`."""
    rate = MINIMUM_WAGE[0][1]
    for start, amount in MINIMUM_WAGE:
        if day >= start:
            rate = amount
    return rate
