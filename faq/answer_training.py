"""Train the answer confidence (`faq/answer_model.py`) on the labelled sets, choose the reply thresholds, and
measure both honestly.

Every FAQ question in `tests/data/faq_dev*.yaml` is an example: its signals (`faq.answering`) and whether the
best-ranked entry is one of its right entries; every out-of-scope message is an example whose best entry is
wrong by definition. Held-out sets (`faq_holdout*.yaml`) are never passed here.

`cross_validate` holds out one set (one author) at a time: a model trained on the other sets gives each
question an out-of-fold confidence. Calibration (expected calibration error and a reliability table) and the
reply outcomes at the chosen thresholds are computed from those out-of-fold confidences, so they say how the
model does on an author it has not seen (flattering still: the FAQ's phrasings were written from these sets).

scikit-learn is imported only here (`pip install -e .[train]`); the bot never imports this module.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import numpy as np

from faq.answer_model import AnswerModel, Thresholds
from faq.answering import FEATURE_NAMES, AnswerEngine, choose_reply
from faq.entry_classifier import features as scope_features
from faq.evaluate import EvalCase, EvalReport, EvalSet, score_case
from faq.matcher import Decision, Ranking
from faq.scope_model import ScopeModel

DEFAULT_C: Final = 1.0
SCOPE_C: Final = 5.0
SCOPE_MIN_DOCUMENT_FREQUENCY: Final = 2
CALIBRATION_BINS: Final = 10


class TrainingUnavailable(Exception):
    """scikit-learn is not installed."""


@dataclass(frozen=True, slots=True)
class Example:
    question: str
    ok: tuple[str, ...]  # empty for an out-of-scope message
    ranking: Ranking
    # `RANKING_FEATURES`, then (once `stacked`) the in-scope probability; None: nothing ranked, a fallback
    features: tuple[float, ...] | None

    @property
    def right(self) -> bool:
        """The best-ranked entry is a right one."""
        candidates = self.ranking.candidates
        return bool(candidates) and candidates[0].entry_id in self.ok


def collect(engine: AnswerEngine, sets: Mapping[str, EvalSet]) -> dict[str, list[Example]]:
    examples: dict[str, list[Example]] = {}
    for name, eval_set in sets.items():
        texts = [(case.query, case.ok) for case in eval_set.cases] + [
            (text, ()) for text in eval_set.out_of_scope
        ]
        rows = []
        for question, ok in texts:
            ranking, features = engine.signals(question)
            rows.append(Example(question, ok, ranking, tuple(features) if features is not None else None))
        examples[name] = rows
    return examples


def train_scope(
    examples: Sequence[Example], phrasings: Sequence[Sequence[str]], c: float = SCOPE_C
) -> ScopeModel:
    """In scope: the FAQ's phrasings and the labelled FAQ questions; out of scope: the labelled others."""
    vectorizer, classifier = _fit_scope(examples, phrasings, c)
    vocabulary: dict[str, int] = vectorizer.vocabulary_
    return ScopeModel(
        {
            gram: (float(vectorizer.idf_[column]), float(classifier.coef_[0][column]))
            for gram, column in vocabulary.items()
        },
        float(classifier.intercept_[0]),
    )


def sklearn_scope_probabilities(
    examples: Sequence[Example], phrasings: Sequence[Sequence[str]], texts: Sequence[Sequence[str]]
) -> list[float]:
    """scikit-learn's own in-scope probabilities for `texts`, to check `ScopeModel.probability` against."""
    vectorizer, classifier = _fit_scope(examples, phrasings, SCOPE_C)
    matrix = vectorizer.transform([" ".join(words) for words in texts])
    return [float(value) for value in classifier.predict_proba(matrix)[:, 1]]


def _fit_scope(examples: Sequence[Example], phrasings: Sequence[Sequence[str]], c: float) -> tuple[Any, Any]:
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        raise TrainingUnavailable(
            "training needs scikit-learn: .venv/bin/pip install -e '.[train]'"
        ) from None
    documents = [" ".join(words) for words in phrasings] + [
        " ".join(example.ranking.words) for example in examples
    ]
    labels = [True] * len(phrasings) + [bool(example.ok) for example in examples]
    vectorizer = TfidfVectorizer(
        analyzer=_scope_analyzer, sublinear_tf=True, min_df=SCOPE_MIN_DOCUMENT_FREQUENCY
    )
    matrix = vectorizer.fit_transform(documents)
    # "balanced": out-of-scope questions are a tenth of the data
    classifier = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
    classifier.fit(matrix, labels)
    return vectorizer, classifier


def _scope_analyzer(document: str) -> list[str]:
    return scope_features(document.split())


def stacked(
    sets: Mapping[str, Sequence[Example]], phrasings: Sequence[Sequence[str]]
) -> dict[str, list[Example]]:
    """The examples with the in-scope probability appended, each set's from a scope model trained on the
    other sets (so the confidence model learns how far to trust it on an unseen author)."""
    result: dict[str, list[Example]] = {}
    for held_out, examples in sets.items():
        training = [example for name, other in sets.items() if name != held_out for example in other]
        scope = train_scope(training, phrasings)
        result[held_out] = [
            dataclasses.replace(
                example, features=(*example.features, scope.probability(example.ranking.words))
            )
            if example.features is not None
            else example
            for example in examples
        ]
    return result


def fingerprint(content_files: Iterable[Path], sets: Mapping[str, EvalSet]) -> str:
    """Changes whenever the FAQ content, a labelled question or the model's signals change."""
    digest = hashlib.sha256("\t".join(FEATURE_NAMES).encode())
    for path in sorted(content_files, key=lambda item: item.name):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    lines = sorted(
        itertools.chain.from_iterable(
            [f"case\t{case.query}\t{','.join(sorted(case.ok))}" for case in eval_set.cases]
            + [f"out_of_scope\t{text}" for text in eval_set.out_of_scope]
            for eval_set in sets.values()
        )
    )
    for line in lines:
        digest.update(line.encode() + b"\n")
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class Fitted:
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

    def probabilities(self, matrix: np.ndarray) -> np.ndarray:
        logits = ((matrix - self.mean) / self.scale) @ self.coef + self.intercept
        result: np.ndarray = 1.0 / (1.0 + np.exp(-logits))
        return result


def fit(examples: Sequence[Example], c: float = DEFAULT_C) -> Fitted:
    matrix, labels = _matrix(examples)
    classifier = _logistic_regression(c)
    mean = matrix.mean(axis=0)
    scale = matrix.std(axis=0)
    scale = np.where(scale > 0, scale, 1.0)
    classifier.fit((matrix - mean) / scale, labels)
    return Fitted(mean, scale, classifier.coef_[0].astype(np.float64), float(classifier.intercept_[0]))


def sklearn_probabilities(
    examples: Sequence[Example], others: Sequence[Example], c: float = DEFAULT_C
) -> list[float]:
    """scikit-learn's own probabilities for `others`, to check `AnswerModel.probability` against."""
    fitted = fit(examples, c)
    matrix, _ = _matrix(others)
    classifier = _logistic_regression(c)
    classifier.coef_ = fitted.coef[np.newaxis, :]
    classifier.intercept_ = np.array([fitted.intercept])
    classifier.classes_ = np.array([False, True])
    return [float(value) for value in classifier.predict_proba((matrix - fitted.mean) / fitted.scale)[:, 1]]


def _logistic_regression(c: float) -> Any:
    try:
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        raise TrainingUnavailable(
            "training needs scikit-learn: .venv/bin/pip install -e '.[train]'"
        ) from None
    return LogisticRegression(C=c, max_iter=5000)


def _matrix(examples: Sequence[Example]) -> tuple[np.ndarray, np.ndarray]:
    usable = [example for example in examples if example.features is not None]
    matrix = np.array([example.features for example in usable], dtype=np.float64).reshape(
        -1, len(FEATURE_NAMES)
    )
    labels = np.array([example.right for example in usable], dtype=bool)
    return matrix, labels


def model_from(
    fitted: Fitted, scope: ScopeModel, thresholds: Thresholds, fingerprint_value: str
) -> AnswerModel:
    return AnswerModel(
        FEATURE_NAMES,
        fitted.mean,
        fitted.scale,
        fitted.coef,
        fitted.intercept,
        thresholds,
        fingerprint_value,
        scope,
    )


def out_of_fold(sets: Mapping[str, Sequence[Example]], c: float = DEFAULT_C) -> dict[str, list[float]]:
    """Each set's confidences from a model trained on the other sets (0 where nothing was ranked)."""
    confidences: dict[str, list[float]] = {}
    for held_out, examples in sets.items():
        training = [example for name, other in sets.items() if name != held_out for example in other]
        fitted = fit(training, c)
        confidences[held_out] = [
            float(fitted.probabilities(np.array([example.features]))[0])
            if example.features is not None
            else 0.0
            for example in examples
        ]
    return confidences


@dataclass(frozen=True, slots=True)
class ReliabilityBin:
    low: float
    high: float
    count: int
    mean_confidence: float
    accuracy: float


def reliability(
    confidences: Sequence[float], right: Sequence[bool], bins: int = CALIBRATION_BINS
) -> list[ReliabilityBin]:
    table = []
    for number in range(bins):
        low, high = number / bins, (number + 1) / bins
        members = [
            (confidence, hit)
            for confidence, hit in zip(confidences, right, strict=True)
            if low <= confidence < high or (number == bins - 1 and confidence == 1.0)
        ]
        if members:
            table.append(
                ReliabilityBin(
                    low,
                    high,
                    len(members),
                    sum(confidence for confidence, _ in members) / len(members),
                    sum(hit for _, hit in members) / len(members),
                )
            )
    return table


def expected_calibration_error(table: Sequence[ReliabilityBin]) -> float:
    total = sum(row.count for row in table)
    return sum(row.count * abs(row.mean_confidence - row.accuracy) for row in table) / total if total else 0.0


def outcomes(examples: Sequence[Example], confidences: Sequence[float], thresholds: Thresholds) -> EvalReport:
    """What the first replies would be at these thresholds (the second-topic check is not simulated)."""
    report = EvalReport()
    for example, confidence in zip(examples, confidences, strict=True):
        reply = choose_reply(example.question, example.ranking, confidence, thresholds)
        if example.ok:
            score_case(report, EvalCase(example.question, example.ok), reply)
            continue
        report.out_of_scope += 1
        report.out_of_scope_answered += reply.decision is Decision.ANSWER
        report.out_of_scope_clarified += reply.decision is Decision.CLARIFY
    return report


def pooled(reports: Iterable[EvalReport]) -> EvalReport:
    total = EvalReport()
    for report in reports:
        for name in (
            "cases",
            "ranked_first",
            "answered_right",
            "wrong_offered",
            "wrong_unoffered",
            "clarified_right",
            "clarified_without",
            "fallback",
            "out_of_scope",
            "out_of_scope_answered",
            "out_of_scope_clarified",
        ):
            setattr(total, name, getattr(total, name) + getattr(report, name))
    return total


def pooled_outcomes(
    sets: Mapping[str, Sequence[Example]], confidences: Mapping[str, Sequence[float]], thresholds: Thresholds
) -> EvalReport:
    return pooled(outcomes(sets[name], confidences[name], thresholds) for name in sets)


def choose_thresholds(
    sets: Mapping[str, Sequence[Example]], confidences: Mapping[str, Sequence[float]]
) -> Thresholds:
    """The thresholds under which every set, scored out of fold, meets the bars of `faq eval`, with the most
    questions answered right over all sets, and then the fewest "Bukan ini?" rows (the lowest `sure`).

    Judging every author separately rather than the pooled figures keeps the choice away from the edge a new
    author could tip over. When no thresholds satisfy every set, the smallest total shortfall wins."""
    likely_steps = [round(float(value), 3) for value in np.arange(0.30, 0.951, 0.025)]
    sure_steps = [0.8, 0.85, 0.9, 0.925, 0.95, 0.96, 0.97, 0.98, 0.99, 1.01]
    best: tuple[tuple[float, float, float], Thresholds] | None = None
    for clarify_score, alternative_score in itertools.product((0.25, 0.30), (0.30, 0.40)):
        for likely in likely_steps:
            for sure in [value for value in sure_steps if value >= likely]:
                thresholds = Thresholds(sure, likely, clarify_score, alternative_score)
                reports = [outcomes(sets[name], confidences[name], thresholds) for name in sets]
                # how far the sets fall short of their bars, not how many bars: a set just over one bar
                # is nearer than one far over it, and a whole grid of near misses still has a best
                shortfall = round(sum(report.shortfall() for report in reports), 4)
                key = (-shortfall, pooled(reports).rates()["answered_right"], -sure)
                if best is None or key > best[0]:
                    best = (key, thresholds)
    if best is None:
        raise ValueError("no labelled questions to choose thresholds on")
    return best[1]
