"""The calibrated confidence: the estimated chance that the best-ranked entry is the right one.

A logistic regression over the ranking's own signals (`faq.answering.confidence_features`) and the chance
that the question is in scope at all (`faq.scope_model`), trained offline
with scikit-learn on the labelled sets (`faq.answer_training`, `migrasi-aman faq train-answer`) and shipped
as arrays in `faq/data/answer_model.npz` with the reply thresholds chosen by cross-validation. Applying it
is one dot product and a sigmoid, so the bot needs numpy only.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import BinaryIO, Final

import numpy as np

from faq.scope_model import ScopeModel

SHIPPED_MODEL: Final = "data/answer_model.npz"


class AnswerModelError(Exception):
    """The model file is missing or malformed; the message names the file."""


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Confidence at or above `sure`: the answer alone; at or above `likely`: the answer and "Bukan ini?";
    below: "Maksud Anda:" when the best candidate scores at least `clarify_score`, else the fallback."""

    sure: float
    likely: float
    clarify_score: float
    # An entry is offered beside an answer, or as a second topic, only with a ranking score this high.
    alternative_score: float


@dataclass(frozen=True, slots=True)
class AnswerModel:
    feature_names: tuple[str, ...]
    mean: np.ndarray  # standardisation, learned with the weights
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    thresholds: Thresholds
    fingerprint: str  # of the content and the labelled sets it was trained on
    scope: ScopeModel

    def in_scope(self, words: Sequence[str]) -> float:
        return self.scope.probability(words)

    def probability(self, features: Sequence[float] | np.ndarray) -> float:
        values = (np.asarray(features, dtype=np.float64) - self.mean) / self.scale
        return _sigmoid(float(values @ self.coef) + self.intercept)

    def save(self, target: Path | BinaryIO) -> None:
        thresholds = self.thresholds
        np.savez_compressed(
            target,
            feature_names=np.array(self.feature_names, dtype=np.str_),
            mean=self.mean,
            scale=self.scale,
            coef=self.coef,
            intercept=np.float64(self.intercept),
            thresholds=np.array(
                [thresholds.sure, thresholds.likely, thresholds.clarify_score, thresholds.alternative_score],
                dtype=np.float64,
            ),
            fingerprint=np.str_(self.fingerprint),
            scope_ngrams=np.array(list(self.scope.weights), dtype=np.str_),
            scope_idf=np.array([idf for idf, _ in self.scope.weights.values()], dtype=np.float64),
            scope_coef=np.array([coef for _, coef in self.scope.weights.values()], dtype=np.float64),
            scope_intercept=np.float64(self.scope.intercept),
        )

    @classmethod
    def load(cls, path: Path, expected_features: Sequence[str] | None = None) -> AnswerModel:
        try:
            with np.load(path, allow_pickle=False) as arrays:
                names = tuple(str(name) for name in arrays["feature_names"].tolist())
                sure, likely, clarify_score, alternative_score = arrays["thresholds"].tolist()
                model = cls(
                    names,
                    np.asarray(arrays["mean"], dtype=np.float64),
                    np.asarray(arrays["scale"], dtype=np.float64),
                    np.asarray(arrays["coef"], dtype=np.float64),
                    float(arrays["intercept"]),
                    Thresholds(sure, likely, clarify_score, alternative_score),
                    str(arrays["fingerprint"]),
                    ScopeModel(
                        {
                            str(gram): (float(idf), float(coef))
                            for gram, idf, coef in zip(
                                arrays["scope_ngrams"].tolist(),
                                arrays["scope_idf"].tolist(),
                                arrays["scope_coef"].tolist(),
                                strict=True,
                            )
                        },
                        float(arrays["scope_intercept"]),
                    ),
                )
        except (OSError, KeyError, ValueError) as exc:
            raise AnswerModelError(f"{path}: cannot read the answer model ({exc})") from None
        if expected_features is not None and tuple(expected_features) != names:
            raise AnswerModelError(
                f"{path}: trained on other signals ({', '.join(names)}); run `make answer-model`"
            )
        return model


def _sigmoid(value: float) -> float:
    if value >= 0:
        return 1.0 / (1.0 + math.exp(-value))
    exp = math.exp(value)
    return exp / (1.0 + exp)


def shipped_model_path() -> Path:
    return Path(str(resources.files("faq").joinpath(SHIPPED_MODEL)))


@functools.cache
def shipped_model(expected_features: tuple[str, ...]) -> AnswerModel:
    return AnswerModel.load(shipped_model_path(), expected_features)
