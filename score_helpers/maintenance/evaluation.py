"""How a failure model did on held-out hours: counts, rates, lead time and plain words.

    from score_helpers.maintenance import evaluation as maintenance_eval
    print(maintenance_eval.evaluate(model, test, labels, sensors, hours=48))

A model that always says "never fails" is right on almost every hour when failures are
rare, so accuracy alone lies; `Evaluation` puts it next to what matters on the floor:
breakdowns caught in time, false alarms (visits to a healthy machine) and warning hours.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier

from score_helpers.maintenance.model import (
    SAME_ALARM_ROWS,
    _aligned,
    _require,
    feature_columns,
)


@dataclass(frozen=True)
class Evaluation:
    """How a failure model did on held-out hours, in counts, rates and plain words.

    Hour by hour: precision = TP ÷ (TP + FP), recall = TP ÷ (TP + FN),
    accuracy = (TP + TN) ÷ all hours; baseline_accuracy is the accuracy of always
    answering "never fails" = (FP + TN) ÷ all hours, which catches nothing.
    Per breakdown: caught = flagged at least one hour before it broke down; lead time =
    breakdown hour − start of that alarm. An alarm is a run of flagged hours (less than
    a shift apart) on one machine; a false alarm is one with no breakdown warning in it.
    """

    hours: float
    true_positives: int
    false_positives: int
    false_negatives: int
    true_negatives: int
    precision: float
    recall: float
    accuracy: float
    baseline_accuracy: float
    breakdowns: int
    caught: int
    false_alarms: int
    median_lead_hours: float

    @property
    def missed(self) -> int:
        return self.breakdowns - self.caught

    @property
    def plain_words(self) -> str:
        lead = (f" (median warning {self.median_lead_hours:.0f} hours before)"
                if self.caught else "")
        return (f"Caught {self.caught} of {_count(self.breakdowns, 'breakdown')} in "
                f"time{lead}; {_count(self.false_alarms, 'false alarm')} (a technician "
                f"checked a healthy machine); missed {_count(self.missed, 'breakdown')}.")

    @property
    def hour_by_hour(self) -> str:
        return (f"Hour by hour: {_count(self.true_positives, 'warning hour')} flagged, "
                f"{_count(self.false_negatives, 'warning hour')} not flagged, "
                f"{_count(self.false_positives, 'healthy hour')} flagged, "
                f"{_count(self.true_negatives, 'healthy hour')} left alone.")

    def __str__(self) -> str:
        return "\n".join([
            self.plain_words, self.hour_by_hour,
            f"Precision {_percent(self.precision)} (flags that were right) · recall "
            f"{_percent(self.recall)} (warning hours caught) · accuracy "
            f"{_percent(self.accuracy, 1)}.",
            f"A model that always says 'never fails' scores accuracy "
            f"{self.baseline_accuracy:.1%} but catches 0 breakdowns: on rare failures, "
            "accuracy lies."])

    def _repr_html_(self) -> str:
        lines = "".join(f"<li>{html.escape(line)}</li>" for line in str(self).splitlines())
        return (f"<div><b>Failure model, warning window {self.hours:g} hours</b>"
                f"<ul>{lines}</ul></div>")


def evaluate(model: RandomForestClassifier, features: pd.DataFrame, labels: pd.Series,
             sensors: pd.DataFrame, hours: float) -> Evaluation:
    """Score `model` on `features` (held-out hours) against `labels`; see `Evaluation`."""
    _require(sensors, ("timestamp", "machine_id"), "sensors")
    y = _aligned(labels, features).to_numpy()
    names = list(getattr(model, "feature_names_in_", feature_columns(features)))
    flagged = model.predict(features[names]).astype(bool)
    tp, fp = int((flagged & y).sum()), int((flagged & ~y).sum())
    fn, tn = int((~flagged & y).sum()), int((~flagged & ~y).sum())
    rows = sensors.loc[features.index, ["machine_id", "timestamp"]].assign(y=y, flag=flagged)
    rows = rows.sort_values(["machine_id", "timestamp"], kind="stable", ignore_index=True)
    new_machine = rows["machine_id"] != rows["machine_id"].shift()
    episode = (new_machine | (rows["y"] != rows["y"].shift())).cumsum().where(rows["y"])
    position = pd.Series(np.arange(len(rows)), index=rows.index)[rows["flag"]]
    machine = rows.loc[rows["flag"], "machine_id"]
    gap = position.diff().gt(SAME_ALARM_ROWS) | (machine != machine.shift())
    alarm = gap.cumsum().reindex(rows.index)
    alarm_start = rows["timestamp"].groupby(alarm).min()
    false_alarms = int((~rows["y"].groupby(alarm).any()).sum())
    leads = []
    for _, part in rows[episode.notna()].groupby(episode.dropna()):
        end = part["timestamp"].max()
        early = part[part["flag"] & (part["timestamp"] < end)]
        if not early.empty:
            start = alarm_start[alarm[early.index[0]]]
            leads.append((end - start) / pd.Timedelta(hours=1))
    total = tp + fp + fn + tn
    return Evaluation(
        hours=float(hours), true_positives=tp, false_positives=fp, false_negatives=fn,
        true_negatives=tn, precision=tp / (tp + fp) if tp + fp else float("nan"),
        recall=tp / (tp + fn) if tp + fn else float("nan"),
        accuracy=(tp + tn) / total if total else float("nan"),
        baseline_accuracy=(fp + tn) / total if total else float("nan"),
        breakdowns=int(episode.nunique()), caught=len(leads), false_alarms=false_alarms,
        median_lead_hours=float(np.median(leads)) if leads else float("nan"))


def feature_importances(model: RandomForestClassifier,
                        feature_names: list[str] | None = None) -> pd.Series:
    """How much each feature helped the forest decide, largest first (sums to 1).

    Mean decrease in impurity: for each feature, the Gini impurity removed by every split
    on it, weighted by the rows reaching the split, averaged over the trees (Breiman 2001).
    """
    if not hasattr(model, "feature_importances_"):
        raise TypeError("model has no feature_importances_: train it first with "
                        "train_failure_model(...).")
    names = list(feature_names if feature_names is not None else model.feature_names_in_)
    if len(names) != len(model.feature_importances_):
        raise ValueError(f"feature_names has {len(names)} names, but the model learnt from "
                         f"{len(model.feature_importances_)} features.")
    return pd.Series(model.feature_importances_, index=names,
                     name="importance").sort_values(ascending=False)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _percent(value: float, decimals: int = 0) -> str:
    """0.5 → '50%'; NaN (nothing to divide by) → 'n/a'."""
    return "n/a" if np.isnan(value) else f"{value:.{decimals}%}"
