"""Module 03's AI4I 2020 helpers: the failure modes in plain words and the power chart.

    from score_helpers.lessons import predictive_maintenance as lessons   # re-exports these
    lessons.ai4i_modes(processes)        # how many processes failed in each mode
    lessons.ai4i_power_chart(processes)  # torque against speed, power failures in red

Power is P [W] = torque τ [N·m] × angular speed ω [rad/s], ω = 2π × rpm ÷ 60
(maintenance.ai4i.power_w). Source: Matzka (2020); AI4I 2020, UCI dataset 601.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from score_helpers import plot_style as style
from score_helpers.maintenance import ai4i
from score_helpers.plot_style import Chart, new_figure

MODE_WORDS = {
    "TWF": "tool wear failure: the cutting tool wore out (200-240 min of use)",
    "HDF": "heat dissipation failure: too little cooling at low speed",
    "PWF": "power failure: too little or too much power for the process",
    "OSF": "overstrain failure: a worn tool pushed with high torque",
    "RNF": "random failure: no warning sign in the data (0.1 % of processes)",
}


def ai4i_modes(processes: pd.DataFrame) -> pd.DataFrame:
    """How many AI4I 2020 processes failed in each mode, with what the mode means.

    Columns: meaning, processes (count flagged), share (of all processes). A process can
    fail in two modes at once, so the counts can add up to more than 'Machine failure'.
    """
    counts = processes[list(ai4i.FAILURE_MODES)].sum()
    table = pd.DataFrame({"meaning": pd.Series(MODE_WORDS), "processes": counts.astype(int)})
    table.loc["any (Machine failure)"] = ["at least one mode", int(
        processes["Machine failure"].sum())]
    table["share"] = (table["processes"] / len(processes)).map(lambda v: f"{v:.2%}")
    return table.rename_axis("mode")


def ai4i_power_chart(processes: pd.DataFrame) -> Chart:
    """Torque against rotational speed for every AI4I process; power failures (PWF) in red,
    with the published limits 3,500 W and 9,000 W as dashed curves: the torque that gives
    that power at each speed, τ = P ÷ ω with ω = 2π × rpm ÷ 60 in rad/s.

    What to notice: the red points sit outside the two curves: a rule a person can read.
    """
    data = processes[["Rotational speed [rpm]", "Torque [Nm]", "PWF"]]
    speeds = np.linspace(data["Rotational speed [rpm]"].min(),
                         data["Rotational speed [rpm]"].max(), 200)
    with style.score_style():
        figure, axes = new_figure((11.0, 6.0))
        ax = axes[0, 0]
        ok, bad = data[data["PWF"] == 0], data[data["PWF"] == 1]
        ax.scatter(ok["Rotational speed [rpm]"], ok["Torque [Nm]"], s=4, alpha=0.3,
                   color=style.OKABE_ITO["blue"], label="no power failure")
        ax.scatter(bad["Rotational speed [rpm]"], bad["Torque [Nm]"], s=30, marker="X",
                   color=style.ALERT_COLOUR, label="power failure (PWF)")
        for watts in (ai4i.PWF_MIN_W, ai4i.PWF_MAX_W):
            torque = watts / ai4i.power_w(1.0, speeds)      # τ = P ÷ ω (ω in rad/s)
            ax.plot(speeds, torque, ls="--", color=style.REFERENCE_COLOUR)
            ax.annotate(f"{watts:,} W", (speeds[-1], torque[-1]), fontsize=12)
        ax.set_ylim(0, float(data["Torque [Nm]"].max()) * 1.05)
        ax.set_xlabel("Rotational speed (rpm)")
        ax.set_ylabel("Torque (Nm)")
        ax.set_title("AI4I 2020: power = torque × angular speed (rad/s)")
        ax.legend(loc="upper right")
    return Chart(figure, data)
