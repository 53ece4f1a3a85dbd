"""Teaching helpers for module 04, AI-powered safety checks: tables and charts in plain words.

    from score_helpers import data
    from score_helpers.safety import triage as st
    from score_helpers.lessons import safety_checks as lessons
    reports = data.load("incident_reports")
    lessons.pyramid_chart(reports)                       # our own near-miss pyramid
    mine = lessons.reports_to_classify(reports)          # two reports to sort by hand
    train, test = st.held_out_split(reports)
    model = st.train_triage(train)
    lessons.compare_guesses(reports, mine, ["slip_trip_fall", "chemical"], model)
    lessons.confusion_heatmap(st.evaluate_triage(model, test))

The triage model lives in safety_triage, the risk matrix in hirac, the DOLE tables in
osh_reports; this module only puts their results in front of the team. The model suggests,
the OSH committee decides: nothing here closes a report or rates a risk on its own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import seaborn as sns

from score_helpers import plot_style as style
from score_helpers.data import frame_checks as _v
from score_helpers.plot_style import Chart, new_figure
from score_helpers.safety import frames as safety_frames
from score_helpers.safety import osh_reports
from score_helpers.safety.triage import (
    CATEGORIES,
    LABEL,
    REVIEW_BELOW,
    TEXT,
    TriageEvaluation,
    TriageModel,
    held_out_split,
)

# The pyramid, most serious first (report_type values of incident_reports.csv).
PYRAMID_LEVELS = ("lost_time", "recordable", "first_aid", "near_miss")
NOT_GUESSED = "type your guess first"
READ_COLUMNS = ("date", "factory", "report_type", "description")

# Reports the model never saw, each testing one weakness (text → what it tests).
MADE_UP_REPORTS: dict[str, str] = {
    "Nadulas si kuya sa basang sahig malapit sa washing area, walang wet floor sign.":
        "a familiar hazard, said plainly",
    "May ahas sa likod ng bodega, malapit sa mga rolyo ng tela. Muntik matuklaw si ate.":
        "a rare hazard of `other`: a snake",
    "Nahilo si ate sa packing area, sobrang init, walang bentilador buong hapon.":
        "a rare hazard of `other`: heat stress",
    "Muntik ma-flat si kuya ng forky, biglang umatras nang walang busina.":
        "Taglish slang ('forky', 'ma-flat')",
    "elecrtic wire nakalawlaw mlapit sa lababo, bsa pa ang sahig":
        "typos and a missing word",
}

# ---- 1. Why near misses matter --------------------------------------------------------

def report_pyramid(reports: pd.DataFrame, factory: str | None = None) -> pd.DataFrame:
    """Reports of each type, most serious first, and how many there are per lost-time injury.

    Columns: 'Type of case' (words of osh_reports.CASE_TYPES), 'Reports', 'Per lost-time
    injury' (reports ÷ lost-time injuries; empty when there were none).
    factory: keep one factory (None = all of them).
    """
    _v.require_columns(reports, ["report_type"])
    frame = safety_frames.one_factory(reports, factory, source="reports",
                                      dataset="incident_reports")
    counts = frame["report_type"].value_counts().reindex(list(PYRAMID_LEVELS), fill_value=0)
    lost = counts["lost_time"]
    return pd.DataFrame({
        "Type of case": [osh_reports.CASE_TYPES[t] for t in PYRAMID_LEVELS],
        "Reports": counts.astype(int).to_numpy(),
        "Per lost-time injury": (counts / lost).round(1).to_numpy() if lost else np.nan,
    }, index=pd.Index(list(PYRAMID_LEVELS), name="report_type"))


def pyramid_chart(reports: pd.DataFrame, factory: str | None = None) -> Chart:
    """The safety pyramid drawn from our own reports: one centred bar per type of case.

    data: report_pyramid(reports, factory). Each bar carries its number, so colour is not
    needed to read it. What to notice: near misses form the wide base; every one is a free
    warning, before someone is hurt.
    """
    data = report_pyramid(reports, factory)
    widths = data["Reports"].to_numpy(dtype=float)
    colours = [style.OKABE_ITO[c] for c in ("vermillion", "orange", "yellow", "bluish green")]
    with style.score_style():
        figure, axes = new_figure((10.0, 5.5))
        ax = axes[0, 0]
        levels = np.arange(len(data))[::-1]           # most serious on top
        ax.barh(levels, widths, left=-widths / 2, color=colours, height=0.9)
        half = max(float(widths.max()), 1.0) / 2
        for y, width, (name, count) in zip(levels, widths,
                                           data[["Type of case", "Reports"]].to_numpy(),
                                           strict=True):
            ax.text(width / 2 + half * 0.04, y, f"{name}: {count}", ha="left", va="center",
                    fontsize=14)
        ax.set_xlim(-half * 1.05, half * 2.2)
        ax.set_yticks([])
        ax.set_xticks([])
        ax.grid(False)
        for side in ("left", "bottom"):
            ax.spines[side].set_visible(False)
        where = f" ({factory})" if factory else ""
        ax.set_title(f"Our reports{where}: a safety pyramid")
    return Chart(figure, data)


# ---- 2. Reading and classifying reports -------------------------------------------------

def reports_to_read(reports: pd.DataFrame, n: int = 5, seed: int = 2025) -> pd.DataFrame:
    """`n` reports picked at random (seeded), with their category, without the reporter's name.

    The triage needs the words, not the name: leaving 'reported_by' out is data
    minimisation (RA 10173). Columns: date, factory, report_type, hazard_category, description.
    """
    _v.require_columns(reports, [*READ_COLUMNS, LABEL])
    picked = reports.sample(n=min(n, len(reports)), random_state=seed).sort_values("date")
    return picked[[*READ_COLUMNS[:3], LABEL, TEXT]]


def reports_to_classify(reports: pd.DataFrame, n: int = 2, seed: int = 2025) -> pd.DataFrame:
    """`n` reports for the participant to sort by hand, with the category hidden.

    They come from the test side of safety_triage.held_out_split(reports, seed), each of a
    different category, so the model trained on the other side has never seen them.
    Index: report_id (or the row label). Columns: date, factory, report_type, description.
    """
    _v.require_columns(reports, [*READ_COLUMNS, LABEL])
    _, test = held_out_split(reports, seed=seed)
    test = test[test[LABEL] != "other"].drop_duplicates(LABEL)
    picked = test.sample(n=min(n, len(test)), random_state=seed)
    if "report_id" in picked.columns:
        picked = picked.set_index("report_id")
    return picked[list(READ_COLUMNS)]


def normalise_category(guess: object) -> str | None:
    """A typed category in the file's spelling ('Slip trip fall' → 'slip_trip_fall').

    None when nothing was typed yet (None, '', '____'); the cleaned text otherwise, which
    may still not be one of CATEGORIES.
    """
    if guess is None:
        return None
    text = "_".join(str(guess).strip().strip("_").lower().replace("-", " ").split())
    return text or None


def compare_guesses(reports: pd.DataFrame, to_classify: pd.DataFrame,
                    guesses: Sequence[object], model: TriageModel | None = None) -> pd.DataFrame:
    """Your guesses next to the safety officer's category and, if given, the model's.

    reports: the full table (it holds the categories); to_classify: reports_to_classify(...);
    guesses: one category per report, in the same order ('' = not guessed yet).
    The officer's category stays hidden until you typed a guess for that report.
    Columns: Report, Your guess, Safety officer's category, Match[, Model suggests,
    Model confidence, Needs review].
    """
    _v.require_columns(reports, [TEXT, LABEL])
    if isinstance(guesses, str) or not isinstance(guesses, Sequence):
        raise ValueError("guesses must be a list with one category per report, e.g. "
                         "['slip_trip_fall', 'chemical'].")
    if len(guesses) != len(to_classify):
        raise ValueError(f"There are {len(to_classify)} reports to classify but "
                         f"{len(guesses)} guesses: give one guess per report, in order.")
    keyed = reports.set_index("report_id") if "report_id" in reports.columns else reports
    truth = keyed.loc[to_classify.index, LABEL].astype(str).to_list()
    rows = []
    for text, guess, true in zip(to_classify[TEXT], guesses, truth, strict=True):
        mine = normalise_category(guess)
        if mine is None:
            shown, match = NOT_GUESSED, ""
        elif mine not in CATEGORIES:
            shown, match = NOT_GUESSED, f"'{guess}' is not a category: copy one of the 12 names"
        else:
            shown, match = true, "yes" if mine == true else "no: talk it over"
        rows.append({"Report": text, "Your guess": mine or "", "Safety officer's category":
                     shown, "Match": match})
    table = pd.DataFrame(rows, index=to_classify.index)
    if model is not None:
        suggested = model.classify_many(to_classify[TEXT])
        table["Model suggests"] = suggested["category"].to_numpy()
        table["Model confidence"] = suggested["confidence"].map("{:.0%}".format).to_numpy()
        table["Needs review"] = suggested["needs_review"].to_numpy()
    return table


# ---- 3. How good is the model? -----------------------------------------------------------

def category_scorecard(evaluation: TriageEvaluation) -> pd.DataFrame:
    """Per category: reports in the test, found, missed, wrongly put here, and the F1 score.

    found = reports of the category the model put there; missed = reports of the category
    it put elsewhere; wrongly put here = other reports it put in this category.
    F1 = 2 × found ÷ (2 × found + missed + wrongly put here): 1 is perfect, 0 is useless.
    Macro-F1 is the plain average of the F1 of the categories, so a rare category counts
    as much as a common one. Weakest category first.
    """
    matrix = evaluation.confusion
    found = pd.Series(np.diag(matrix.to_numpy()), index=matrix.index)
    in_test = matrix.sum(axis=1)
    table = pd.DataFrame({
        "Reports in the test": in_test,
        "Found": found,
        "Missed": in_test - found,
        "Wrongly put here": matrix.sum(axis=0).reindex(matrix.index) - found,
        "F1": evaluation.per_category_f1.reindex(matrix.index).round(2),
    })
    table = table[table["Reports in the test"] > 0]
    return table.sort_values("F1", kind="stable").rename_axis("category")


def confusion_heatmap(evaluation: TriageEvaluation,
                      title: str = "Which categories does the model mix up?") -> Chart:
    """The confusion matrix as a heatmap: rows the true category, columns the suggestion.

    data: evaluation.confusion. Every cell shows its number (empty when 0), so colour is not
    needed to read it. What to notice: the diagonal holds the right answers; a number
    off the diagonal is a mix-up, read across from the true category.
    """
    data = evaluation.confusion
    names = [str(c).replace("_", " ") for c in data.index]
    guesses = [str(c).replace("_", " ") for c in data.columns]
    labels = data.map(lambda v: f"{v}" if v else "")
    with style.score_style():
        figure, axes = new_figure((12.0, 10.0))
        ax = axes[0, 0]
        sns.heatmap(data, ax=ax, cmap="Blues", annot=labels, fmt="", cbar=False,
                    linewidths=1, linecolor="#DDDDDD", annot_kws={"fontsize": 12},
                    xticklabels=guesses, yticklabels=names)
        ax.set_xlabel("Category the model suggested")
        ax.set_ylabel("Category the safety officer gave")
        ax.set_xticklabels(guesses, rotation=45, ha="right", rotation_mode="anchor")
        ax.tick_params(axis="y", rotation=0)
        ax.set_title(title)
    return Chart(figure, data)


def score_table(evaluations: Mapping[str, TriageEvaluation]) -> pd.DataFrame:
    """Macro-F1, accuracy and the number of test reports of several evaluations side by side.

    evaluations: {name of the test: evaluation}, e.g. {"random split": ..., "new
    phrasings": ...}.
    """
    if not evaluations:
        raise ValueError("Give at least one evaluation, e.g. {'random split': result}.")
    return pd.DataFrame({
        "Macro-F1": [round(e.macro_f1, 2) for e in evaluations.values()],
        "Accuracy": [f"{e.accuracy:.0%}" for e in evaluations.values()],
        "Reports tested": [int(e.confusion.to_numpy().sum()) for e in evaluations.values()],
    }, index=pd.Index(list(evaluations), name="test"))


# ---- 4. Where it fails -------------------------------------------------------------------

def confidence_check(model: TriageModel, test: pd.DataFrame) -> pd.DataFrame:
    """Is the model right more often when it is sure? Sure and unsure suggestions compared.

    A suggestion is 'unsure' below safety_triage.REVIEW_BELOW (needs_review). Columns:
    Reports, Right, Wrong, Share right (empty when a group has no reports).
    """
    _v.require_columns(test, [TEXT, LABEL])
    suggested = model.classify_many(test[TEXT].astype(str))
    right = suggested["category"].to_numpy() == test[LABEL].astype(str).to_numpy()
    unsure = suggested["needs_review"].to_numpy()
    rows = {}
    for name, mask in ((f"sure ({REVIEW_BELOW:.0%} or more)", ~unsure),
                       (f"unsure (below {REVIEW_BELOW:.0%}): a person reads it", unsure)):
        n, good = int(mask.sum()), int(right[mask].sum())
        rows[name] = {"Reports": n, "Right": good, "Wrong": n - good,
                      "Share right": f"{good / n:.0%}" if n else ""}
    return pd.DataFrame.from_dict(rows, orient="index").rename_axis("the model was")


def try_reports(model: TriageModel, reports: Mapping[str, str] | None = None) -> pd.DataFrame:
    """The model's suggestion for each made-up report, with what the report tests.

    reports: {text: what it tests}; default MADE_UP_REPORTS. Columns: Report, Tests,
    Suggested, Confidence, Needs review, Because of.
    """
    reports = MADE_UP_REPORTS if reports is None else reports
    if not isinstance(reports, Mapping) or not reports:
        raise ValueError("reports must be a dict {report text: what it tests}, with at least "
                         "one report.")
    suggested = model.classify_many(list(reports))
    return pd.DataFrame({
        "Report": list(reports),
        "Tests": list(reports.values()),
        "Suggested": suggested["category"],
        "Confidence": suggested["confidence"].map("{:.0%}".format),
        "Needs review": suggested["needs_review"],
        "Because of": suggested["top_words"],
    })
