"""How a KPI is written on a chart axis: percent, pesos or a plain number, with its label.

    from score_helpers.kpi import axes
    ax.yaxis.set_major_formatter(axes.value_formatter("defect_rate"))   # 3.5 %
    ax.set_ylabel(axes.axis_label("cost_per_unit"))                     # Cost per good unit (₱)

The colours and fonts of every chart live in `score_helpers.plot_style`, which knows no KPI;
this module adds what only a KPI chart needs (units and pillar names from `kpi.targets`).
"""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.ticker import Formatter, FuncFormatter

from score_helpers.kpi.formulas import PILLARS
from score_helpers.kpi.targets import kpi_info


def is_fraction(kpi: str) -> bool:
    """True for KPIs stored as fractions (0.034) and shown as percents (3.4 %)."""
    return kpi_info(kpi).unit == "fraction"


def is_pesos(kpi: str) -> bool:
    """True for KPIs in Philippine pesos."""
    return kpi_info(kpi).unit.startswith("PHP")


def axis_label(kpi: str) -> str:
    """The axis title for a KPI: its label, with the unit unless the ticks show it (%)."""
    info = kpi_info(kpi)
    if is_fraction(kpi):
        return info.label
    if is_pesos(kpi):
        return f"{info.label} (₱)"
    return f"{info.label} ({info.unit})"


def pillar_title(kpi: str) -> str:
    """'Quality · Defect rate': the pillar, then the KPI."""
    info = kpi_info(kpi)
    return f"{PILLARS[info.pillar]} · {info.label}"


def value_formatter(kpi: str) -> Formatter:
    """Tick labels for a KPI axis: 3.5 %, ₱130, 2,500."""
    if is_fraction(kpi):
        return FuncFormatter(lambda value, _: f"{_tick(value * 100)} %")
    if is_pesos(kpi):
        return FuncFormatter(lambda value, _: f"₱{_tick(value)}")
    return FuncFormatter(lambda value, _: _tick(value))


def _tick(value: float) -> str:
    """A tick number without float noise or needless zeros: 3.5, 2,500, 0.25."""
    return f"{round(float(value), 2) + 0.0:,.10g}"


def from_zero(ax: Axes) -> None:
    """No KPI is negative (counts, rates, shares, pesos): an axis that autoscaled below
    zero, e.g. around weeks of zero injuries, starts at zero when nothing drawn is below."""
    low, high = ax.get_ylim()
    if low < 0 <= ax.dataLim.y0:
        ax.set_ylim(0, high if high > 0 else 1)
