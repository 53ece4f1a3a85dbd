"""The safety triage model: how well it sorts reports, and what the explanations cost.

Run from the repository root:  python benchmarks/safety_triage.py

Part 1, quality. Macro-F1 and accuracy on two held-out splits of incident_reports.csv:
the stratified split (phrasings seen in training: the easy check) and the template split
(whole "what happened" frames never seen in training: the honest check), over several
seeds, plus the confusion matrix of the template split with seed 2025. For scale, a
baseline measured in the same run: always suggesting the training side's most common
category (its macro-F1 from scikit-learn).

Part 1b, generalisation. Macro-F1 on the hand-written reports of
tests/data/near_miss_reports/ (written by hand, independently of the templates, never used
for training or tuning) beside the template split's macro-F1 (seed 2025), measured in the
same run, their ratio, and the F1 of `other` on the hand-written set; once for a model
trained on the generated reports only (before issue 18) and once for the app's training
text (st.training_reports: the generated reports plus triage_phrases).

Part 2, speed. Training time on the app's training text, and the time to triage 1,000 reports with
TriageModel.classify_many (category, confidence, top words, needs_review) against the bare
scikit-learn predict_proba on the same features, measured in the same run (best of 5).
The ratio is what the explanations cost.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import f1_score

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from score_helpers import data
from score_helpers.safety import triage as st

SEEDS = (2025, 0, 1, 2, 3, 4)


def quality(reports: pd.DataFrame) -> None:
    print(f"{len(reports)} reports, {reports['hazard_category'].nunique()} categories\n")
    print(f"{'split':>10} {'seed':>5} {'test':>5} {'macro-F1':>9} {'accuracy':>9} "
          f"{'baseline F1':>12} {'ratio':>6}")
    for name, split in (("stratified", st.held_out_split), ("template", st.template_split)):
        scores = []
        for seed in SEEDS:
            train, test = split(reports, seed=seed)
            result = st.evaluate_triage(st.train_triage(train, seed=2025), test)
            common = [train["hazard_category"].mode()[0]] * len(test)
            baseline = f1_score(test["hazard_category"], common, average="macro",
                                zero_division=0)
            scores.append(result.macro_f1)
            print(f"{name:>10} {seed:>5} {len(test):>5} {result.macro_f1:>9.3f} "
                  f"{result.accuracy:>9.1%} {baseline:>12.3f} {result.macro_f1 / baseline:>6.1f}")
        print(f"{name:>10} {'mean':>5} {'':>5} {np.mean(scores):>9.3f}\n")
    train, test = st.template_split(reports, seed=2025)
    result = st.evaluate_triage(st.train_triage(train, seed=2025), test)
    short = {c: c[:6] for c in result.confusion.columns}
    print("Confusion matrix, template split seed 2025 (rows: true, columns: suggested)")
    print(result.confusion.rename(columns=short).to_string())
    print("\nF1 per category:", result.per_category_f1.round(2).to_dict())


HANDWRITTEN = Path(__file__).resolve().parents[1] / "tests/data/near_miss_reports/handwritten.csv"


def load_handwritten() -> pd.DataFrame:
    """The hand-written reports, with the column names the triage model reads."""
    frame = pd.read_csv(HANDWRITTEN)
    return frame.rename(columns={"text": st.TEXT, "category": st.LABEL})


def generalisation(reports: pd.DataFrame) -> None:
    handwritten = load_handwritten()
    train, test = st.template_split(reports, seed=2025)
    print(f"\n{'training text':>26} {'template split':>15} {'hand-written':>13} {'ratio':>6}"
          f" {'other F1':>9}")
    for name, make in (("generated reports only", lambda r: r),
                       ("+ triage_phrases (app)", st.training_reports)):
        template = st.evaluate_triage(st.train_triage(make(train), seed=2025), test)
        hand = st.evaluate_triage(st.train_triage(make(reports), seed=2025), handwritten)
        print(f"{name:>26} {template.macro_f1:>15.3f} {hand.macro_f1:>13.3f} "
              f"{hand.macro_f1 / template.macro_f1:>6.2f} {hand.per_category_f1['other']:>9.2f}")
    print(f"(macro-F1; template split seed 2025: {len(test)} reports; hand-written: "
          f"{len(handwritten)} reports; ratio = hand-written / template)")
    print("Hand-written F1 per category (app):", hand.per_category_f1.round(2).to_dict())


def best_of(runs: int, work) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def speed(reports: pd.DataFrame) -> None:
    train_s = best_of(3, lambda: st.train_triage(reports, seed=2025))
    model = st.train_triage(reports, seed=2025)
    texts = reports["description"].sample(1000, replace=True, random_state=1).tolist()
    ours = best_of(5, lambda: model.classify_many(texts))
    bare = best_of(5, lambda: model.classifier.predict_proba(model.features.transform(texts)))
    print(f"\ntraining on {len(reports)} reports: {train_s:.2f} s (best of 3)")
    print(f"{'path':>28} {'seconds':>8} {'reports/s':>10} {'ratio':>6}")
    for name, seconds in (("sklearn predict_proba", bare), ("classify_many (explained)", ours)):
        print(f"{name:>28} {seconds:>8.3f} {1000 / seconds:>10,.0f} {seconds / bare:>6.2f}")


if __name__ == "__main__":
    frame = data.load("incident_reports")
    quality(frame)
    generalisation(frame)
    speed(st.training_reports(frame))     # the app's training text
