"""Sort near-miss and incident reports into hazard categories, and say how sure we are.

    from score_helpers.safety import triage as st
    model = st.train_triage()       # learns from incident_reports.csv + triage_phrases
    print(model.classify("Naipit ang daliri ni kuya sa sewing machine"))
    train, test = st.held_out_split(data.load("incident_reports"))
    print(st.evaluate_triage(st.train_triage(train), test))

The model reads words and pieces of words (TF-IDF of word 1-2-grams and character
3-5-grams, which cope with Taglish and typos) and weighs them with a logistic regression.
A suggestion below REVIEW_BELOW confidence is marked `needs_review`: a person reads it.
The words shown as its evidence leave out filler words ("sa", "si", "the", "muntik": see
`triage_words`).
The safety officer decides; the model only sorts the pile.

The reports are synthetic. Each one says what happened (a sentence frame of its category
in `score_helpers/data/synth/incident_templates.py`, its slots filled with hazard words, places
and machines), often why (a short stock phrase such as "walang guard"), then some typos,
texting shortcuts and code-switching. A random split puts reports from the same frame on
both sides, which flatters the score. `template_split` holds out whole frames instead, a
harder and more honest check of new phrasings (the short "why" phrases and the hazard words
still recur, as they do in real reports).
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import FeatureUnion

from score_helpers.safety.triage_phrases import phrase_reports
from score_helpers.safety.triage_words import is_evidence

CATEGORIES = ("slip_trip_fall", "caught_in_machinery", "cut_sharp", "electrical", "chemical",
              "fire_hot_surface", "ergonomic_manual_handling", "falling_object",
              "ppe_noncompliance", "housekeeping", "vehicle_forklift", "other")
REVIEW_BELOW = 0.6     # a suggestion less sure than this goes to a person
TOP_WORDS = 5
TEXT, LABEL = "description", "hazard_category"


@dataclass(frozen=True)
class Triage:
    """The suggested hazard category of one report, how sure the model is, and why."""

    category: str
    confidence: float
    top_words: tuple[str, ...]
    needs_review: bool

    def __str__(self) -> str:
        name = self.category.replace("_", " ")
        why = ", ".join(f"'{w}'" for w in self.top_words) or "no familiar words"
        check = " Please have a person check it." if self.needs_review else ""
        return f"Suggested category: {name} ({self.confidence:.0%} sure), because of {why}.{check}"


@dataclass(frozen=True)
class TriageEvaluation:
    """How well the model sorted reports whose category we already know."""

    macro_f1: float
    accuracy: float
    per_category_f1: pd.Series
    confusion: pd.DataFrame   # rows: true category, columns: suggested category

    def __str__(self) -> str:
        worst = self.per_category_f1.sort_values().head(3)
        weak = ", ".join(f"{c} ({v:.2f})" for c, v in worst.items())
        return (f"Macro-F1 {self.macro_f1:.2f}, accuracy {self.accuracy:.0%} on "
                f"{int(self.confusion.to_numpy().sum())} reports. Weakest: {weak}.")


class TriageModel:
    """A trained triage model: TF-IDF features and one logistic regression."""

    def __init__(self, features: FeatureUnion, classifier: LogisticRegression) -> None:
        self.features = features
        self.classifier = classifier
        words = features.transformer_list[0][1]
        self._n_word_features = len(words.vocabulary_)
        self._word_names = words.get_feature_names_out()
        self._evidence = np.array([is_evidence(w) for w in self._word_names], dtype=bool)

    def classify(self, text: str) -> Triage:
        """Suggest the hazard category of one report text."""
        return self._triage([_check_text(text)])[0]

    def classify_each(self, texts: list[str] | pd.Series) -> list[Triage]:
        """One Triage per text, in the same order (all texts read in one go)."""
        return self._triage([_check_text(t, row=i) for i, t in enumerate(list(texts))])

    def classify_many(self, texts: list[str] | pd.Series) -> pd.DataFrame:
        """Suggest a category for each text: one row per text, in the same order."""
        texts = list(texts)
        rows = [{"text": t, "category": r.category, "confidence": r.confidence,
                 "needs_review": r.needs_review, "top_words": ", ".join(r.top_words)}
                for t, r in zip(texts, self.classify_each(texts), strict=True)]
        return pd.DataFrame(rows, columns=["text", "category", "confidence", "needs_review",
                                           "top_words"])

    def _triage(self, texts: list[str]) -> list[Triage]:
        if not texts:
            return []
        x = self.features.transform(texts)
        proba = self.classifier.predict_proba(x)
        classes = self.classifier.classes_
        words = x[:, : self._n_word_features].tocsr()
        results = []
        for i, row in enumerate(proba):
            best = int(np.argmax(row))
            # Only the words present in this report can push it: the row's non-zero entries.
            columns = words.indices[words.indptr[i]: words.indptr[i + 1]]
            push = words.data[words.indptr[i]: words.indptr[i + 1]] * \
                self.classifier.coef_[best, columns]
            order = [columns[j] for j in np.lexsort((columns, -push))
                     if push[j] > 0 and self._evidence[columns[j]]]
            confidence = float(row[best])
            results.append(Triage(str(classes[best]), round(confidence, 3),
                                  tuple(str(self._word_names[j]) for j in order[:TOP_WORDS]),
                                  confidence < REVIEW_BELOW))
        return results


def train_triage(reports: pd.DataFrame | None = None, seed: int = 2025) -> TriageModel:
    """Train the triage model on labelled reports (default: `training_reports()`).

    `reports` needs the columns `description` and `hazard_category`. Training takes a
    second or two; the default model is kept for the rest of the session.
    """
    if reports is None:
        return _default_model(seed)
    _check_reports(reports)
    features = FeatureUnion([
        ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, lowercase=True,
                                  token_pattern=r"(?u)\b[\w'-]{2,}\b")),
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True,
                                  min_df=2)),
    ])
    x = features.fit_transform(reports[TEXT].astype(str).tolist())
    classifier = LogisticRegression(C=50.0, class_weight="balanced", max_iter=2000,
                                    random_state=seed)
    classifier.fit(x, reports[LABEL].astype(str).to_numpy())
    return TriageModel(features, classifier)


def training_reports(reports: pd.DataFrame | None = None) -> pd.DataFrame:
    """The app's training text: `reports` (default: all of incident_reports.csv) and the
    hand-written phrasings of `triage_phrases`, which teach the model wordings and an
    `other` category the generated reports do not have."""
    if reports is None:
        from score_helpers import data
        reports = data.load("incident_reports")
    extra = phrase_reports()
    return pd.concat([reports[[TEXT, LABEL]], extra], ignore_index=True)


@functools.lru_cache(maxsize=4)
def _default_model(seed: int) -> TriageModel:
    return train_triage(training_reports(), seed)


def evaluate_triage(model: TriageModel, test: pd.DataFrame) -> TriageEvaluation:
    """Compare the model's suggestions with the known categories of `test`."""
    _check_reports(test)
    truth = test[LABEL].astype(str).to_numpy()
    guess = model.classify_many(test[TEXT].astype(str))["category"].to_numpy()
    labels = [c for c in CATEGORIES if c in set(truth) | set(guess)]
    labels += sorted((set(truth) | set(guess)) - set(labels))
    per = f1_score(truth, guess, labels=labels, average=None, zero_division=0)
    present = [i for i, c in enumerate(labels) if c in set(truth)]
    return TriageEvaluation(
        macro_f1=float(np.mean(per[present])),
        accuracy=float(accuracy_score(truth, guess)),
        per_category_f1=pd.Series(per, index=labels, name="f1"),
        confusion=pd.DataFrame(confusion_matrix(truth, guess, labels=labels),
                               index=pd.Index(labels, name="true"),
                               columns=pd.Index(labels, name="suggested")),
    )


def held_out_split(reports: pd.DataFrame, seed: int = 2025,
                   test_size: float = 0.25) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Train and test reports, with each category in the same share on both sides.

    Reports written from the same sentence template can land on both sides, so this
    split is the easy one; see `template_split` for the hard one.
    """
    _check_reports(reports)
    train, test = train_test_split(reports, test_size=test_size, random_state=seed,
                                   stratify=reports[LABEL])
    return train, test


def template_split(reports: pd.DataFrame, seed: int = 2025,
                   share: float = 0.25) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Train and test reports where the test side uses sentence templates never seen in training.

    Each report is traced back to its "what happened" frame in
    `score_helpers/data/synth/incident_templates.py`; per category about `share` of the frames
    (at least one) go to the test side.
    This asks the model to read new phrasings, as with real reports.
    """
    _check_reports(reports)
    template = pd.Series([source_template(t, c) for t, c in
                          zip(reports[TEXT].astype(str), reports[LABEL], strict=True)],
                         index=reports.index)
    rng = np.random.default_rng(seed)
    held: set[str] = set()
    for _category, group in template.groupby(reports[LABEL]):
        names = sorted(group.unique())
        if len(names) < 2:
            continue
        k = max(1, round(share * len(names)))
        held.update(rng.choice(names, size=k, replace=False).tolist())
    is_test = template.isin(held)
    return reports.loc[~is_test], reports.loc[is_test]


def source_template(text: str, category: str) -> str:
    """The template (of `category`) a synthetic report was most likely written from."""
    from score_helpers.data.synth.incident_templates import TEMPLATES
    candidates = [t for kind in TEMPLATES.get(category, {}).values() for t in kind]
    if not candidates:
        return f"{category}:?"
    text = text.lower()
    for t in candidates:
        pattern = ".+?".join(re.escape(p) for p in re.split(r"\{\w+\}", t.lower().rstrip(".")))
        if re.search(pattern, text):
            return t
    skeleton = {t: re.sub(r"\{\w+\}", " ", t.lower()) for t in candidates}
    return max(candidates,
               key=lambda t: difflib.SequenceMatcher(None, skeleton[t], text).ratio())


def _check_text(text: object, row: int | None = None) -> str:
    where = "" if row is None else f" (text number {row + 1})"
    if not isinstance(text, str):
        raise ValueError(f"Expected the words of a report{where}, found {type(text).__name__}. "
                         "Put the report text in quotes, like \"Nadulas sa sahig\".")
    if not text.strip():
        raise ValueError(f"The report{where} is empty. Type what happened, then try again.")
    return text


def _check_reports(reports: object) -> None:
    if not isinstance(reports, pd.DataFrame):
        raise ValueError("Expected a table of reports (a DataFrame), like "
                         "data.load('incident_reports').")
    missing = [c for c in (TEXT, LABEL) if c not in reports.columns]
    if missing:
        raise ValueError(f"The reports table has no column {', '.join(map(repr, missing))}. "
                         f"It needs '{TEXT}' (the words) and '{LABEL}' (the category).")
    if reports.empty:
        raise ValueError("The reports table is empty: there is nothing to learn from.")
