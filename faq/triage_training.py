"""Train the urgency model (`faq/triage_model.py`) from the labelled eval sets, and measure it honestly.

Every urgent message in the sets is a positive; ordinary questions on the same topics, FAQ questions and
out-of-scope messages are negatives. `cross_validate` holds out one set at a time (each set has its own
author), so its figures say how the rules plus a model trained on the *other* authors do on a new one.

scikit-learn is imported only here (install with `pip install -e .[train]`); the bot never imports this
module.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

from faq.evaluate import EvalSet, load_eval_set
from faq.normalize import Normalizer
from faq.triage import UrgencyDetector
from faq.triage_model import UrgencyModel, features

DEFAULT_C: Final = 5.0  # inverse regularisation; chosen by cross-validation (see the issue 2 notes)
DEFAULT_THRESHOLD: Final = 0.5
DEFAULT_TOPIC_THRESHOLD: Final = 0.7
MIN_DOCUMENT_FREQUENCY: Final = 2  # an n-gram seen in one message only is that author's, not the language's


class TrainingUnavailable(Exception):
    """scikit-learn is not installed."""


class Kind(StrEnum):
    URGENT = "urgent"
    NOT_URGENT = "not_urgent"  # the same sensitive topics with no present danger
    QUESTION = "question"  # an FAQ question
    OUT_OF_SCOPE = "out_of_scope"


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    kind: Kind

    @property
    def urgent(self) -> bool:
        return self.kind is Kind.URGENT


def examples_from(eval_set: EvalSet) -> list[Example]:
    return (
        [Example(text, Kind.URGENT) for text in eval_set.urgent]
        + [Example(text, Kind.NOT_URGENT) for text in eval_set.not_urgent]
        + [Example(case.query, Kind.QUESTION) for case in eval_set.cases]
        + [Example(text, Kind.OUT_OF_SCOPE) for text in eval_set.out_of_scope]
    )


def load_examples(paths: Sequence[Path]) -> dict[str, list[Example]]:
    """Examples per set file (the key is the file name), in a stable order."""
    return {path.name: examples_from(load_eval_set(path)) for path in sorted(paths)}


def fingerprint(examples: Sequence[Example]) -> str:
    """Changes whenever a message or a label changes, whatever the order of files and lines."""
    digest = hashlib.sha256()
    for line in sorted(f"{example.kind}\t{example.text}" for example in examples):
        digest.update(line.encode())
        digest.update(b"\n")
    return digest.hexdigest()


def train(
    examples: Sequence[Example],
    *,
    c: float = DEFAULT_C,
    threshold: float = DEFAULT_THRESHOLD,
    topic_threshold: float = DEFAULT_TOPIC_THRESHOLD,
) -> UrgencyModel:
    vectorizer, classifier = _fit(examples, c)
    vocabulary: dict[str, int] = vectorizer.vocabulary_
    grams = sorted(vocabulary, key=vocabulary.__getitem__)
    return UrgencyModel.from_arrays(
        grams,
        vectorizer.idf_.tolist(),
        classifier.coef_[0].tolist(),
        intercept=float(classifier.intercept_[0]),
        threshold=threshold,
        topic_threshold=topic_threshold,
        fingerprint=fingerprint(examples),
    )


def sklearn_probabilities(
    examples: Sequence[Example], texts: Sequence[str], c: float = DEFAULT_C
) -> list[float]:
    """scikit-learn's own probabilities for `texts`, to check `UrgencyModel.probability` against."""
    vectorizer, classifier = _fit(examples, c)
    normalizer = Normalizer()
    matrix = vectorizer.transform([normalizer.normalize(text) for text in texts])
    return [float(value) for value in classifier.predict_proba(matrix)[:, 1]]


def _fit(examples: Sequence[Example], c: float) -> tuple[Any, Any]:
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        raise TrainingUnavailable(
            "training needs scikit-learn: .venv/bin/pip install -e '.[train]'"
        ) from None
    normalizer = Normalizer()
    vectorizer = TfidfVectorizer(analyzer=features, sublinear_tf=True, min_df=MIN_DOCUMENT_FREQUENCY)
    matrix = vectorizer.fit_transform([normalizer.normalize(example.text) for example in examples])
    # "balanced": urgent messages are a fifth of the data, and a missed one costs far more than a false alarm
    classifier = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
    classifier.fit(matrix, [example.urgent for example in examples])
    return vectorizer, classifier


@dataclass(frozen=True, slots=True)
class Flagged:
    total: int
    by_rules: int
    by_both: int  # the rules, or the model when the rules found nothing


@dataclass(frozen=True, slots=True)
class HeldOutScore:
    name: str
    flagged: dict[Kind, Flagged]
    missed: tuple[str, ...]  # urgent messages neither flagged


def cross_validate(
    sets: Mapping[str, Sequence[Example]],
    *,
    c: float = DEFAULT_C,
    threshold: float = DEFAULT_THRESHOLD,
    topic_threshold: float = DEFAULT_TOPIC_THRESHOLD,
) -> list[HeldOutScore]:
    """Leave one set out: train on the others, score the rules alone and the rules plus that model."""
    rules_only = UrgencyDetector(model=None)
    scores = []
    for held_out, examples in sets.items():
        training = [example for name, other in sets.items() if name != held_out for example in other]
        model = train(training, c=c, threshold=threshold, topic_threshold=topic_threshold)
        both = UrgencyDetector(model=model)
        by_rules = {example.text for example in examples if rules_only.is_urgent(example.text)}
        by_both = {example.text for example in examples if both.is_urgent(example.text)}
        flagged = {
            kind: Flagged(
                total=len(texts := [example.text for example in examples if example.kind is kind]),
                by_rules=sum(text in by_rules for text in texts),
                by_both=sum(text in by_both for text in texts),
            )
            for kind in Kind
        }
        missed = tuple(example.text for example in examples if example.urgent and example.text not in by_both)
        scores.append(HeldOutScore(held_out, flagged, missed))
    return scores
