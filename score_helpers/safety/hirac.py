"""HIRAC: hazard identification, risk assessment and control, with a 5×5 risk matrix.

    from score_helpers.safety import hirac
    hirac.risk_rating(likelihood=4, severity=5)     # RiskRating(score=20, level='critical', ...)
    hirac.risk_matrix_chart()                       # the matrix as a picture for the slide
    hirac.hirac_table([{"hazard": "Unguarded belt", "likelihood": 4, "severity": 4,
                        "controls": [("engineering", "Fixed guard over the belt")]}])

RA 11058 (2018) and DOLE D.O. 198-18 require every workplace to identify its hazards,
assess the risks and control them; HIRAC is the usual Philippine name for that worksheet.

The scale (one common 5×5 convention; the law does not fix the numbers):
    risk score = likelihood × severity, both 1–5 (IEC 31010:2019, consequence/likelihood matrix)
    likelihood: 1 rare · 2 unlikely · 3 possible · 4 likely · 5 almost certain
    severity:   1 negligible (no treatment) · 2 minor (first aid) · 3 moderate (medical
                treatment or lost time) · 4 major (serious or lasting injury) · 5 fatal
    bands:      1–4 low · 5–9 medium · 10–16 high · 20–25 critical
The bands are a company choice: write the ones you use into your OSH programme.
Controls are ranked by the hierarchy of controls (ILO-OSH 2001 guidelines, 3.10.1.1; NIOSH
hierarchy of controls): elimination > substitution > engineering > administrative > PPE.
A control that people must carry out each time (unplugging before cleaning, lockout-tagout,
a permit, training, a sign) is a procedure, so it is *administrative*; an engineering control
works by itself, such as an interlock that cuts the power when a guard is opened (DOLE OSH
Standards, Rule 1200 on machine guarding; RA 11058). hirac_table refuses a procedure filed
under engineering.
"""

from __future__ import annotations

import numbers
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd
import seaborn as sns
from matplotlib.colors import BoundaryNorm, ListedColormap

from score_helpers import plot_style as style
from score_helpers.plot_style import Chart, new_figure

SCALE = range(1, 6)
LIKELIHOOD_WORDS = {1: "rare", 2: "unlikely", 3: "possible", 4: "likely", 5: "almost certain"}
SEVERITY_WORDS = {1: "negligible", 2: "minor", 3: "moderate", 4: "major", 5: "fatal"}

# (level, lowest score, highest score, what to do), lowest band first.
BANDS: tuple[tuple[str, int, int, str], ...] = (
    ("low", 1, 4, "Acceptable: keep the present controls and check them at the next review."),
    ("medium", 5, 9, "Reduce the risk: add controls by an agreed date; the supervisor follows up."),
    ("high", 10, 16, "Act now: work only with extra controls the safety officer approves; "
                     "fix it within days."),
    ("critical", 20, 25, "Stop the task until controls are in place and the risk is lower."),
)
LEVELS = tuple(band[0] for band in BANDS)
ACTIONS = {level: action for level, _, _, action in BANDS}
LEVEL_COLOURS = {"low": style.OKABE_ITO["bluish green"], "medium": style.OKABE_ITO["yellow"],
                 "high": style.OKABE_ITO["orange"], "critical": style.OKABE_ITO["vermillion"]}

# Hierarchy of controls, strongest first; the words people write mapped to one name.
HIERARCHY = ("elimination", "substitution", "engineering", "administrative", "PPE")
_CONTROL_ALIASES = {"elimination": "elimination", "eliminate": "elimination",
                    "substitution": "substitution", "substitute": "substitution",
                    "engineering": "engineering", "engineering control": "engineering",
                    "administrative": "administrative", "admin": "administrative",
                    "administrative control": "administrative", "ppe": "PPE",
                    "personal protective equipment": "PPE"}
# Words that name a procedure people carry out: administrative, never engineering.
PROCEDURE_WORDS = ("unplug", "lockout", "tagout", "LOTO", "training", "sign", "permit")
_PROCEDURE = re.compile(r"\b(unplug\w*|lock-?out\w*|tag-?out\w*|loto|train\w*|signs?|signage"
                        r"|permits?)\b", re.IGNORECASE)
_HAZARD_KEYS = {"hazard", "likelihood", "severity", "controls", "residual_likelihood",
                "residual_severity"}
NO_CONTROL = "none yet"


@dataclass(frozen=True)
class RiskRating:
    """One rated risk: score = likelihood × severity, its level and what to do about it."""

    likelihood: int
    severity: int
    score: int
    level: str
    action: str

    def __str__(self) -> str:
        return (f"{self.level.upper()} risk ({self.score} = likelihood {self.likelihood} × "
                f"severity {self.severity}). {self.action}")


def _scale_value(name: str, value: object) -> int:
    """`value` as an int 1–5; ValueError naming `name`, the range and what was given."""
    whole = (isinstance(value, numbers.Integral) and not isinstance(value, bool)) or (
        isinstance(value, float) and value.is_integer())
    if not whole or not 1 <= int(value) <= 5:  # type: ignore[call-overload]
        words = LIKELIHOOD_WORDS if name.endswith("likelihood") else SEVERITY_WORDS
        scale = ", ".join(f"{k} {w}" for k, w in words.items())
        raise ValueError(f"{name} must be a whole number from 1 to 5 ({scale}); got {value!r}.")
    return int(value)  # type: ignore[call-overload]


def level_for(score: int) -> str:
    """The level ('low' … 'critical') of a risk score 1–25, from BANDS."""
    for level, low, high, _ in BANDS:
        if low <= score <= high:
            return level
    raise ValueError(f"score must be a product of two numbers 1–5 (1 to 25); got {score!r}.")


def risk_rating(*, likelihood: int, severity: int) -> RiskRating:
    """Rate one risk on the 5×5 matrix.

    score = likelihood × severity; level: 1–4 low, 5–9 medium, 10–16 high, 20–25 critical
    (a common 5×5 HIRAC convention, see the module docstring; IEC 31010:2019).
    Both arguments are keyword-only, so `risk_rating(likelihood=2, severity=5)` shows
    which is which and a swap is easy to spot. ValueError if one is not a whole number 1–5.
    """
    likelihood = _scale_value("likelihood", likelihood)
    severity = _scale_value("severity", severity)
    score = likelihood * severity
    level = level_for(score)
    return RiskRating(likelihood, severity, score, level, ACTIONS[level])


def risk_matrix_chart(title: str = "Risk matrix: likelihood × severity") -> Chart:
    """The 5×5 risk matrix as a heatmap: each cell shows its score and its level in words.

    data: the grid drawn; index severity (5 at the top), columns likelihood 1–5, values the
    scores. Colour is never the only signal: every cell also carries its level word.
    What to notice: the same score can come from a rare disaster or a frequent scratch;
    the top-right corner is where work stops.
    """
    data = pd.DataFrame({lk: [lk * sv for sv in reversed(SCALE)] for lk in SCALE},
                        index=pd.Index(list(reversed(SCALE)), name="severity"))
    data.columns.name = "likelihood"
    codes = data.map(lambda s: LEVELS.index(level_for(s)))
    labels = data.map(lambda s: f"{s}\n{level_for(s)}")
    cmap = ListedColormap([LEVEL_COLOURS[level] for level in LEVELS])
    with style.score_style():
        figure, axes = new_figure((9.0, 7.5))
        ax = axes[0, 0]
        sns.heatmap(codes, ax=ax, cmap=cmap, norm=BoundaryNorm([-0.5, 0.5, 1.5, 2.5, 3.5], 4),
                    annot=labels, fmt="", linewidths=2, linecolor="white", cbar=False,
                    annot_kws={"color": "black"})
        ax.set_xticklabels([f"{k}\n{LIKELIHOOD_WORDS[k]}" for k in SCALE], rotation=0)
        ax.set_yticklabels([f"{k} {SEVERITY_WORDS[k]}" for k in reversed(SCALE)], rotation=0)
        ax.set_xlabel("Likelihood: how often it could happen")
        ax.set_ylabel("Severity: how badly someone is hurt")
        ax.set_title(title)
    return Chart(figure, data)


def _control_type(where: str, control: object) -> tuple[str, str]:
    """(hierarchy type, description) from ('engineering', 'guard') or {'type':…, 'control':…}."""
    if isinstance(control, Mapping):
        kind, text = control.get("type"), control.get("control", "")
    elif isinstance(control, (tuple, list)) and len(control) == 2:
        kind, text = control
    else:
        raise ValueError(f"{where}: each control must be a pair (type, description), e.g. "
                         f"('engineering', 'guard on the belt'); got {control!r}.")
    name = _CONTROL_ALIASES.get(str(kind).strip().lower())
    if name is None:
        raise ValueError(f"{where}: control type {kind!r} is not in the hierarchy of controls. "
                         f"Use one of: {', '.join(HIERARCHY)}.")
    return name, str(text)


def procedure_named(text: str) -> str | None:
    """The first procedure word in a control's description (PROCEDURE_WORDS: unplug,
    lockout, tagout, LOTO, training, sign, permit), or None. A procedure is an
    administrative control: it works only when someone carries it out every time."""
    found = _PROCEDURE.search(text)
    return found[0] if found else None


def _strongest(types: Iterable[str]) -> str:
    """The control type highest in the hierarchy, or NO_CONTROL."""
    ranks = [HIERARCHY.index(t) for t in types]
    return HIERARCHY[min(ranks)] if ranks else NO_CONTROL


def _hazard_row(number: int, item: object) -> dict[str, object]:
    """One validated worksheet row for hazard number `number` (counted from 1)."""
    if not isinstance(item, Mapping):
        raise ValueError(f"hazards[{number - 1}] must be a dict with 'hazard', 'likelihood', "
                         f"'severity' and 'controls'; got {type(item).__name__}.")
    name = str(item.get("hazard", "")).strip()
    where = f"hazard {number} ({name!r})" if name else f"hazard {number}"
    unknown = sorted(set(item) - _HAZARD_KEYS)
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {', '.join(map(repr, unknown))}; allowed: "
                         f"{', '.join(sorted(_HAZARD_KEYS))} (check the spelling).")
    if not name:
        raise ValueError(f"{where}: write what the hazard is under 'hazard'.")
    for key in ("likelihood", "severity"):
        if key not in item:
            raise ValueError(f"{where}: '{key}' is missing; give a whole number from 1 to 5.")
    try:
        rating = risk_rating(likelihood=item["likelihood"], severity=item["severity"])
    except ValueError as error:
        raise ValueError(f"{where}: {error}") from None
    controls = item.get("controls") or []
    if isinstance(controls, (str, Mapping)) or (isinstance(controls, tuple)
                                                and len(controls) == 2
                                                and isinstance(controls[0], str)):
        controls = [controls]
    pairs = [_control_type(where, c) for c in controls]
    for kind, text in pairs:
        procedure = procedure_named(text) if kind == "engineering" else None
        if procedure:
            raise ValueError(
                f"{where}: {text!r} is listed as engineering, but {procedure!r} is a "
                "procedure people must carry out every time, so it is an administrative "
                "control. An engineering control works by itself, such as an interlock that "
                "cuts the power when the guard is opened.")
    row: dict[str, object] = {
        "Hazard": name, "Likelihood": rating.likelihood, "Severity": rating.severity,
        "Risk score": rating.score, "Risk level": rating.level, "Action": rating.action,
        "Controls": "; ".join(f"{text} ({kind})" for kind, text in pairs),
        "Strongest control": _strongest(kind for kind, _ in pairs),
        "Residual score": pd.NA, "Residual level": pd.NA,
    }
    has = [k in item for k in ("residual_likelihood", "residual_severity")]
    if any(has) and not all(has):
        raise ValueError(f"{where}: give both residual_likelihood and residual_severity, "
                         "or neither.")
    if all(has):
        try:
            residual = risk_rating(likelihood=_scale_value(
                "residual_likelihood", item["residual_likelihood"]),
                severity=_scale_value("residual_severity", item["residual_severity"]))
        except ValueError as error:
            raise ValueError(f"{where}: {error}") from None
        if residual.score > rating.score:
            raise ValueError(f"{where}: the residual risk ({residual.score}) is higher than "
                             f"the risk before controls ({rating.score}); controls should "
                             "lower the risk. Check the numbers.")
        row["Residual score"], row["Residual level"] = residual.score, residual.level
    return row


def hirac_table(hazards: Iterable[Mapping[str, object]]) -> pd.DataFrame:
    """The HIRAC worksheet of one task, highest risk first.

    Each hazard is a dict: 'hazard' (text), 'likelihood' and 'severity' (1–5), 'controls'
    (a list of (type, description) pairs or {'type', 'control'} dicts, type one of
    elimination, substitution, engineering, administrative, PPE) and optionally
    'residual_likelihood' and 'residual_severity' (the risk with the controls in place).
    Risk score = likelihood × severity (see risk_rating). Rows are sorted by risk score,
    then severity, highest first. 'Strongest control' is the type highest in the hierarchy
    of controls ('none yet' if there are none): PPE alone is the weakest protection.
    A procedure (procedure_named: unplugging, lockout-tagout, training, signs, permits)
    listed as engineering is a ValueError: procedures are administrative controls.
    ValueError naming the hazard and the key at fault for anything else.
    """
    if isinstance(hazards, (str, Mapping)) or not isinstance(hazards, Iterable):
        raise ValueError("hazards must be a list of dicts, one per hazard, e.g. "
                         "[{'hazard': 'Wet floor', 'likelihood': 3, 'severity': 2, "
                         "'controls': [('administrative', 'Mop and sign')]}].")
    rows = [_hazard_row(number, item) for number, item in enumerate(hazards, start=1)]
    if not rows:
        raise ValueError("hazards is empty: list at least one hazard of the task.")
    table = pd.DataFrame(rows)
    table = table.sort_values(["Risk score", "Severity"], ascending=False, kind="stable")
    return table.reset_index(drop=True)
