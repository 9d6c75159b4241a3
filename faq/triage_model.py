"""A learned second opinion for the urgency triage: logistic regression over character n-grams.

The rules in `faq/triage/` are precise and explainable, but they only know the idioms someone wrote down,
and every new batch of real-sounding messages brought new ones ("kaki sy kena mesin, berdarah terus"). This
model is trained on every labelled message in `tests/data/faq_dev*.yaml` (urgent against ordinary questions)
and recognises pieces of words that past urgent messages used. `UrgencyDetector` asks it only when the rules
found nothing urgent.

Training happens offline with scikit-learn (`migrasi-aman faq train-triage`, see `faq/triage_training.py`);
the result ships as arrays in `faq/data/triage_model.npz`. Applying it is TF-IDF weighting and one dot
product, written out here so the bot does not import scikit-learn (about 100 MB of RSS against a 150 MB
budget). `tests/test_triage_model.py` checks that these scores equal scikit-learn's.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import BinaryIO, Final

import numpy as np

NGRAM_SIZES: Final = (2, 5)
SHIPPED_MODEL: Final = "data/triage_model.npz"
# A long message is also read in overlapping windows of words: in a long polite message the danger sits
# among greetings, thanks and another question, and over the whole text its n-grams weigh too little.
WINDOW_MIN_WORDS: Final = 40
WINDOW_WORDS: Final = 16
WINDOW_STEP: Final = 4
NO_WINDOW_BAR: Final = 1.01  # above any probability: long messages are read whole only


# Words that say who writes to whom and where, not what is happening. Left in, they taught the model that a
# first-person statement to "kak" is urgent: "majikan sy di penang", "hp sy gk ada pulsa" were flagged.
FUNCTION_WORDS: Final = frozenset(
    {
        "saya",
        "kami",
        "kita",
        "kakak",
        "admin",
        "di",
        "ke",
        "dari",
        "yang",
        "dan",
        "ada",
        "punya",
        "ini",
        "itu",
    }
    | {"juga", "saja", "dong", "ya", "kok", "sih", "nih", "deh", "the", "a", "an", "is", "to", "am"}
)


def content_words(normalized: str) -> list[str]:
    return [word for word in normalized.split() if word not in FUNCTION_WORDS]


def features(normalized: str) -> list[str]:
    """What the model sees: character n-grams for spelling variants, plus words and word pairs marked with a
    "|" (which normalised text never contains) for phrases such as "ga bangun"; function words left out.
    Regional-language danger and person words are read as the Indonesian word first ("digebug" as
    "dipukul"): a new writer's regional words then share the n-grams other writers' Indonesian taught."""
    regional = _regional_words()
    words = content_words(" ".join(regional.get(word, word) for word in normalized.split()))
    pairs = [f"{first} {second}" for first, second in itertools.pairwise(words)]
    return char_ngrams(" ".join(words)) + [f"|{token}" for token in words + pairs]


@functools.cache
def _regional_words() -> Mapping[str, str]:
    # imported on first use: the triage package imports this module
    from faq.triage.lexicon import REGIONAL

    return REGIONAL


def char_ngrams(normalized: str, sizes: tuple[int, int] = NGRAM_SIZES) -> list[str]:
    """Character n-grams inside each word padded with a space (the same as scikit-learn's `char_wb`), so
    "dikurung" shares "kurun" with "terkurung" and a typo breaks only the n-grams it touches."""
    smallest, largest = sizes
    grams: list[str] = []
    for word in normalized.split():
        padded = f" {word} "
        for size in range(smallest, largest + 1):
            if len(padded) <= size:  # a short word counts once, whole
                grams.append(padded)
                break
            grams.extend(padded[start : start + size] for start in range(len(padded) - size + 1))
    return grams


class TriageModelError(Exception):
    """The model file is missing or malformed; the message names the file."""


@dataclass(frozen=True, slots=True)
class UrgencyModel:
    # n-gram -> (idf, coefficient); n-grams the training data did not keep carry no weight
    weights: dict[str, tuple[float, float]]
    intercept: float
    threshold: float  # flag at or above this probability
    topic_threshold: float  # ... or this one when the message asks about the topic, the past or an "if"
    # ... and at least this one when its only sign is a wider one (distress, finality, control, a disaster)
    faint_threshold: float
    fingerprint: str  # of the training data, to tell when the shipped model is stale
    # a long message is flagged when one window of it reaches this (and the message's own bar)
    window_threshold: float = NO_WINDOW_BAR

    def probability(self, normalized: str) -> float:
        """Probability that a message (already through `Normalizer.normalize`) is urgent."""
        counts = Counter(gram for gram in features(normalized) if gram in self.weights)
        if not counts:
            return _sigmoid(self.intercept)
        # sublinear tf times idf, then l2-normalised: TfidfVectorizer(sublinear_tf=True)
        weighted = [
            ((1.0 + math.log(count)) * self.weights[gram][0], self.weights[gram][1])
            for gram, count in counts.items()
        ]
        norm = math.sqrt(sum(value * value for value, _ in weighted))
        return _sigmoid(self.intercept + sum(value * coef for value, coef in weighted) / norm)

    def window_probability(self, normalized: str) -> float:
        """The highest probability over windows of a long message; 0 for a short one (read whole)."""
        words = normalized.split()
        if len(words) < WINDOW_MIN_WORDS:
            return 0.0
        starts = range(0, len(words) - WINDOW_WORDS + WINDOW_STEP, WINDOW_STEP)
        return max(self.probability(" ".join(words[start : start + WINDOW_WORDS])) for start in starts)

    def save(self, target: Path | BinaryIO) -> None:
        grams = list(self.weights)
        np.savez_compressed(
            target,
            ngrams=np.array(grams, dtype=np.str_),
            idf=np.array([self.weights[gram][0] for gram in grams], dtype=np.float64),
            coef=np.array([self.weights[gram][1] for gram in grams], dtype=np.float64),
            intercept=np.float64(self.intercept),
            threshold=np.float64(self.threshold),
            topic_threshold=np.float64(self.topic_threshold),
            faint_threshold=np.float64(self.faint_threshold),
            window_threshold=np.float64(self.window_threshold),
            fingerprint=np.str_(self.fingerprint),
        )

    @classmethod
    def from_arrays(
        cls,
        ngrams: Iterable[str],
        idf: Iterable[float],
        coef: Iterable[float],
        *,
        intercept: float,
        threshold: float,
        topic_threshold: float,
        faint_threshold: float | None = None,
        window_threshold: float = NO_WINDOW_BAR,
        fingerprint: str,
    ) -> UrgencyModel:
        weights = {
            str(gram): (float(weight), float(value))
            for gram, weight, value in zip(ngrams, idf, coef, strict=True)
        }
        faint = threshold if faint_threshold is None else faint_threshold
        return cls(
            weights,
            float(intercept),
            float(threshold),
            float(topic_threshold),
            float(faint),
            str(fingerprint),
            float(window_threshold),
        )

    @classmethod
    def load(cls, path: Path) -> UrgencyModel:
        try:
            with np.load(path, allow_pickle=False) as arrays:
                return cls.from_arrays(
                    arrays["ngrams"].tolist(),
                    arrays["idf"].tolist(),
                    arrays["coef"].tolist(),
                    intercept=float(arrays["intercept"]),
                    threshold=float(arrays["threshold"]),
                    topic_threshold=float(arrays["topic_threshold"]),
                    faint_threshold=float(arrays["faint_threshold"]),
                    # a model saved before windows were read has none
                    window_threshold=float(arrays.get("window_threshold", NO_WINDOW_BAR)),
                    fingerprint=str(arrays["fingerprint"]),
                )
        except (OSError, KeyError, ValueError) as exc:
            raise TriageModelError(f"{path}: cannot read the triage model ({exc})") from None


def _sigmoid(value: float) -> float:
    if value >= 0:
        return 1.0 / (1.0 + math.exp(-value))
    exp = math.exp(value)
    return exp / (1.0 + exp)


def shipped_model_path() -> Path:
    return Path(str(resources.files("faq").joinpath(SHIPPED_MODEL)))


@functools.cache
def shipped_model() -> UrgencyModel:
    """The model in the package, loaded once per process (about 40 ms)."""
    return UrgencyModel.load(shipped_model_path())
