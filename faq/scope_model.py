"""Is this a question the FAQ is about at all? A logistic regression over character n-grams and words.

The ranking signals cannot tell "cara daftar cpns" from "cara daftar siskop2mi": both share "cara daftar"
with an entry. This model has learned from the labelled sets which words mark a question as out of scope
(holidays, hotels, loans, school, apps) against the FAQ's phrasings and the in-scope questions. Its
probability is one signal of the answer confidence (`faq.answering`). Trained offline with scikit-learn
(`faq.answer_training`), applied here as TF-IDF weighting and one dot product.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from faq.entry_classifier import features


@dataclass(frozen=True, slots=True)
class ScopeModel:
    # n-gram -> (idf, coefficient)
    weights: dict[str, tuple[float, float]]
    intercept: float

    def probability(self, words: Sequence[str]) -> float:
        """Probability that a question with these content words (normalised, corrected) is in scope."""
        counts = Counter(gram for gram in features(words) if gram in self.weights)
        if not counts:
            return _sigmoid(self.intercept)
        # sublinear tf times idf, l2-normalised: TfidfVectorizer(sublinear_tf=True)
        weighted = [
            ((1.0 + math.log(count)) * self.weights[gram][0], self.weights[gram][1])
            for gram, count in counts.items()
        ]
        norm = math.sqrt(sum(value * value for value, _ in weighted))
        return _sigmoid(self.intercept + sum(value * coef for value, coef in weighted) / norm)


def _sigmoid(value: float) -> float:
    if value >= 0:
        return 1.0 / (1.0 + math.exp(-value))
    exp = math.exp(value)
    return exp / (1.0 + exp)
