"""A per-entry classifier over the FAQ's own phrasings: a second view of which entry a question means.

Each phrasing becomes a TF-IDF vector of character n-grams inside its words (spelling variants and affixes
share most of them) plus the words themselves; an entry is the normalised centroid of its phrasings'
vectors, and a question's score for an entry is the cosine with that centroid (a linear model, one weight
per n-gram and entry). It differs from the BM25 ranking in `faq.matcher`, which indexes an entry as one long
document: here every phrasing counts equally, so an entry is not favoured for having many or long ones. The
confidence model (`faq.answering`) reads whether the two views agree.

Built from the content when the matcher is built (tens of milliseconds for the shipped FAQ), so it can never
be stale relative to the content it scores.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Final

import numpy as np

NGRAM_SIZES: Final = (3, 5)
_WORD_MARK: Final = "|"


def features(words: Iterable[str]) -> list[str]:
    """Character 3-5-grams inside each word padded with spaces, and each word marked as a whole word."""
    smallest, largest = NGRAM_SIZES
    grams: list[str] = []
    for word in words:
        padded = f" {word} "
        grams.append(_WORD_MARK + word)
        for size in range(smallest, min(largest, len(padded)) + 1):
            grams.extend(padded[start : start + size] for start in range(len(padded) - size + 1))
    return grams


class EntryClassifier:
    def __init__(self, phrasings: Sequence[Sequence[Sequence[str]]]) -> None:
        """`phrasings[i]`: the content words of every phrasing of entry i."""
        self.entries = len(phrasings)
        documents = [Counter(features(words)) for entry in phrasings for words in entry]
        owners = [index for index, entry in enumerate(phrasings) for _ in entry]
        frequency: Counter[str] = Counter(gram for document in documents for gram in document)
        self._columns = {gram: column for column, gram in enumerate(sorted(frequency))}
        total = len(documents)
        # smoothed idf, as scikit-learn's TfidfVectorizer computes it
        self._idf = np.array(
            [math.log((1 + total) / (1 + frequency[gram])) + 1.0 for gram in sorted(frequency)],
            dtype=np.float64,
        )
        centroids: list[dict[int, float]] = [{} for _ in range(self.entries)]
        for owner, document in zip(owners, documents, strict=True):
            columns, weights = self._weights(document)
            centroid = centroids[owner]
            for column, weight in zip(columns.tolist(), weights.tolist(), strict=True):
                centroid[column] = centroid.get(column, 0.0) + weight
        # column-major sparse form: for each n-gram, the entries that use it and their normalised weights
        column_parts, entry_parts, weight_parts = [], [], []
        for entry, centroid in enumerate(centroids):
            values = np.fromiter(centroid.values(), dtype=np.float64, count=len(centroid))
            norm = float(np.linalg.norm(values))
            if norm > 0:
                column_parts.append(np.fromiter(centroid.keys(), dtype=np.int64, count=len(centroid)))
                entry_parts.append(np.full(len(centroid), entry, dtype=np.int64))
                weight_parts.append(values / norm)
        all_columns = np.concatenate(column_parts) if column_parts else np.zeros(0, dtype=np.int64)
        order = np.argsort(all_columns, kind="stable")
        counts = np.bincount(all_columns, minlength=len(self._columns))
        self._indptr = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
        self._indices = np.concatenate(entry_parts)[order] if entry_parts else all_columns
        self._data = np.concatenate(weight_parts)[order] if weight_parts else np.zeros(0)

    def _weights(self, counts: Counter[str]) -> tuple[np.ndarray, np.ndarray]:
        """Columns and l2-normalised sublinear tf-idf weights of the known n-grams in `counts`."""
        known = [(self._columns[gram], count) for gram, count in counts.items() if gram in self._columns]
        if not known:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
        columns = np.array([column for column, _ in known], dtype=np.int64)
        weights = np.array([1.0 + math.log(count) for _, count in known]) * self._idf[columns]
        return columns, weights / np.linalg.norm(weights)

    def scores(self, words: Sequence[str]) -> np.ndarray:
        """Cosine of the question with every entry (0..1), in entry order."""
        columns, weights = self._weights(Counter(features(words)))
        if not len(columns):
            return np.zeros(self.entries, dtype=np.float64)
        starts = self._indptr[columns]
        lengths = self._indptr[columns + 1] - starts
        # every stored position of these columns at once: each span's start, repeated, plus 0..length-1
        offsets = np.cumsum(lengths) - lengths
        positions = np.repeat(starts - offsets, lengths) + np.arange(int(lengths.sum()))
        repeated = np.repeat(weights, lengths)
        return np.bincount(self._indices[positions], repeated * self._data[positions], minlength=self.entries)
