"""Small helpers for module 00 · Welcome, so each cell stays short.

    from score_helpers.lessons import welcome as lessons
    lessons.wait(2)                  # a cell that takes a few seconds: watch [*] beside it
    lessons.setup_check()            # the quick part of `score-lab doctor`, no model, no network
    lessons.SAMPLE_NOTE              # a made-up Taglish note with a name and numbers to redact
    lessons.eit_cycle_chart()        # plan, do, check, act, and which module helps at each step
    lessons.course_map()             # the modules of the three days against the cycle

Everything is made up: the names, numbers and factory in the examples are invented.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd
from matplotlib.patches import FancyArrowPatch, Wedge
from pandas.io.formats.style import Styler

from score_helpers import plot_style as style
from score_helpers.course import doctor
from score_helpers.plot_style import Chart, new_figure

__all__ = ["CYCLE", "MODULES", "QUICK_CHECKS", "SAMPLE_NOTE", "SAMPLE_ROSTER", "SetupReport",
           "course_map", "eit_cycle_chart", "setup_check", "wait"]

# ---- 1. How to use this workbook ----------------------------------------------------------------

def wait(seconds: float = 3) -> None:
    """Take `seconds` (0 to 30) on purpose, printing a count, so a participant sees the
    `[*]` of a running cell turn into a number."""
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) \
            or not 0 <= seconds <= 30:
        raise ValueError(f"wait(seconds=...): give a number of seconds from 0 to 30, "
                         f"not {seconds!r}. For example: lessons.wait(3)")
    whole = int(seconds)
    for second in range(1, whole + 1):
        time.sleep(1)
        print(f"working… {second} of {whole} s", flush=True)
    time.sleep(seconds - whole)
    print("Done. The [*] beside this cell is now a number.")


# ---- 2. Check your laptop: the quick part of `score-lab doctor` ---------------------------------

# Fast checks that never start the model or a browser. check_provider only talks to a
# server when one is configured (SCORE_LLM_BASE_URL or a cloud key), with a 5-second limit.
QUICK_CHECKS: tuple[Callable[[], doctor.Check], ...] = (
    doctor.check_python, doctor.check_packages, doctor.check_kernel, doctor.check_datasets,
    doctor.check_provider,
)
FULL_CHECK_HOWTO = (
    "For the full check (it also starts the offline model once), open a terminal in "
    "JupyterLab (File → New → Terminal) and type:  score-lab doctor\n"
    "Outside JupyterLab, from the course folder:  .venv/bin/score-lab doctor  "
    "(Windows: .venv\\Scripts\\score-lab doctor)")


@dataclass(frozen=True)
class SetupReport:
    """The checks that ran, what was left out, and the plain-text checklist to show."""

    results: tuple[doctor.Check, ...]
    skipped: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """True when every check that ran passed."""
        return all(result.ok for result in self.results)

    def __str__(self) -> str:
        lines = [doctor.format_report(list(self.results)), ""]
        if self.skipped:
            lines.append("Not checked here, to keep this quick: " + ", ".join(self.skipped) + ".")
        lines.append(FULL_CHECK_HOWTO)
        return "\n".join(lines)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        """Jupyter shows the checklist as text when the report is the last line of a cell."""
        printer.text(str(self))


def setup_check(model: bool = False, browser: bool = False) -> SetupReport:
    """Run `score-lab doctor`'s quick checks: Python, packages, the Jupyter kernel, the
    datasets and which language model is in use. `model=True` also starts the offline
    model once and asks it a question (a few seconds); `browser=True` also looks for
    Chromium, which only the course's own tests need. Never raises: a check that crashes
    is reported as failed, with a fix."""
    checks = list(QUICK_CHECKS)
    skipped = []
    for wanted, check, name in ((model, doctor.check_offline_model, "the offline model"),
                                (browser, doctor.check_chromium, "Chromium (only for tests)")):
        if wanted:
            checks.append(check)
        else:
            skipped.append(name)
    return SetupReport(tuple(doctor.run_checks(checks)), tuple(skipped))


# ---- 6. The Data Privacy Act in five rules -------------------------------------------------------

SAMPLE_ROSTER: tuple[str, ...] = ("Rosa Santos", "Jun Reyes")
SAMPLE_NOTE = (
    "Nadulas si Rosa Santos sa Line B kahapon, 2:15 PM. Masakit ang tuhod, pero nakabalik "
    "sa trabaho. SSS niya 34-1234567-8, cellphone 0917 123 4567. Si Kuya Jun Reyes ang "
    "nakakita. Paki-draft ng incident report.")


# ---- 7. The SCORE EIT cycle -------------------------------------------------------------------

@dataclass(frozen=True)
class Step:
    """One step of the plan–do–check–act cycle, as an EIT lives it."""

    name: str
    what: str
    example: str
    modules: str


CYCLE: tuple[Step, ...] = (
    Step("Plan", "pick one KPI gap, find its root cause (5 whys), agree an action, an owner "
         "and a date", "Line B's defect rate is 4.1 %; the target is 3 %",
         "01 find the gap · 05 the improvement plan"),
    Step("Do", "try the change on one line, and tell everyone what and why",
         "a toolbox talk on thread tension, a new check at the start of the shift",
         "02 minutes, memos, toolbox talks"),
    Step("Check", "track the KPI every week: did it move? did anything get worse?",
         "Line B's weekly defect rate on the dashboard",
         "01 KPIs · 03 machine alerts · 04 safety reports · 05 dashboard"),
    Step("Act", "keep what worked as the new standard, or try another fix; then plan again",
         "the new check goes into the line's work instruction",
         "02 procedures · 05 update the plan"),
)

# module, title, day, steps of the cycle, what the EIT gets from it
MODULES: tuple[tuple[str, str, int, str, str], ...] = (
    ("00", "Welcome", 1, "all four", "the rules of the game: people decide, privacy first"),
    ("02", "Drafting workplace documents with AI", 1, "Do, Act",
     "minutes, memos, toolbox talks and procedures, drafted fast and reviewed by people"),
    ("01", "Real-time QCDMS KPI tracking", 2, "Check, Plan",
     "the five QCDMS numbers, and the gaps worth a plan"),
    ("05", "Dashboards and the action plan", 2, "Plan, Check",
     "the Enterprise Improvement Plan and a dashboard to follow it"),
    ("03", "Predictive maintenance", 3, "Check, Act",
     "warnings before a breakdown; a person sends the technician"),
    ("04", "AI-powered safety checks", 3, "Check, Act",
     "near-miss reports sorted and rated; the OSH committee decides"),
)


def course_map() -> Styler:
    """The course's modules in the order of the three days, with the steps of the EIT cycle
    each one helps with; a table shown in full, left-aligned (the DataFrame is `.data`)."""
    table = pd.DataFrame(list(MODULES),
                         columns=["module", "title", "day", "cycle step", "what the EIT gets"])
    return table.style.hide(axis="index").set_properties(**{"text-align": "left"})


def _wrap(text: str, width: int) -> str:
    """Break text into lines of at most about `width` characters, at spaces."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


def eit_cycle_chart(steps: Sequence[Step] = CYCLE) -> Chart:
    """The plan–do–check–act wheel of an Enterprise Improvement Team: one quarter per step,
    clockwise from the top right, with what the team does and the modules that help.

    data: one row per step (step, what the team does, example, modules). What to notice:
    the wheel never stops: after Act, the team plans again with the next KPI gap.
    """
    if len(steps) != 4:
        raise ValueError(f"eit_cycle_chart(steps=...): the cycle has 4 steps (plan, do, check, "
                         f"act); got {len(steps)}.")
    colours = [style.OKABE_ITO[c] for c in ("blue", "orange", "bluish green", "reddish purple")]
    inks = ["white", "black", "black", "black"]   # the stronger contrast on each colour
    with style.score_style():
        figure, axes = new_figure((11.0, 6.5))
        ax = axes[0, 0]
        ax.set_xlim(-2.35, 2.35)
        ax.set_ylim(-1.2, 1.2)
        ax.set_aspect("equal")
        ax.axis("off")
        for index, (step, colour, ink) in enumerate(zip(steps, colours, inks, strict=True)):
            start = 90 - 90 * (index + 1)      # clockwise from 12 o'clock: Plan top right
            ax.add_patch(Wedge((0, 0), 1.0, start + 2, start + 88, width=0.55,
                               facecolor=colour, alpha=0.9, edgecolor="white"))
            middle = math.radians(start + 45)
            ax.text(0.72 * math.cos(middle), 0.72 * math.sin(middle),
                    f"{index + 1}\n{step.name}", ha="center", va="center", color=ink,
                    fontsize=17, fontweight="bold")
            side = 1 if math.cos(middle) > 0 else -1
            ax.text(side * 1.12, 1.15 * math.sin(middle),
                    f"{step.name}: {_wrap(step.what, 30)}\n→ {_wrap(step.modules, 38)}",
                    ha="left" if side > 0 else "right", multialignment="left", va="center",
                    fontsize=11.5, color="#222222")
            end = math.radians(start + 12)     # an arrow into the next quarter
            tip = math.radians(start - 12)
            ax.add_patch(FancyArrowPatch((1.08 * math.cos(end), 1.08 * math.sin(end)),
                                         (1.08 * math.cos(tip), 1.08 * math.sin(tip)),
                                         arrowstyle="-|>", mutation_scale=24, linewidth=2.5,
                                         connectionstyle="arc3,rad=-0.2", color="#333333"))
        ax.text(0, 0, "EIT\npeople\ndecide", ha="center", va="center", fontsize=14,
                fontweight="bold", color="#222222")
        ax.set_title("The EIT cycle: plan, do, check, act, with KPIs")
    data = pd.DataFrame([(s.name, s.what, s.example, s.modules) for s in steps],
                        columns=["step", "what the team does", "example", "modules"])
    return Chart(figure, data)
