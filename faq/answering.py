"""The reply decision: rank the entries, estimate the chance the best one is right, and choose the reply.

`AnswerEngine.decide_reply(question)` is the one function the bot and `faq ask` call:
- sure (confidence >= `sure`): the answer;
- likely (>= `likely`): the answer, and the next one or two plausible entries under "Bukan ini?";
- otherwise, when the best candidate still fits (ranking score >= `clarify_score`): "Maksud Anda:" with the
  top candidates;
- nothing fits: the fallback.
A message asking two things ("biayanya brp, dokumennya apa aja") gets the answer and the other topic as a
button, when each part on its own points confidently at a different entry.

The confidence is `faq.answer_model.AnswerModel` over `confidence_features`; the thresholds ship with it.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np

from faq.answer_model import AnswerModel, Thresholds, shipped_model
from faq.entry_classifier import EntryClassifier
from faq.matcher import Decision, FaqMatcher, Ranking, content_words
from faq.reply import ReplyDecision

RANKING_FEATURES: Final = (
    "score",  # the best entry's fused ranking score (0..1)
    "runner_up",  # the second entry's
    "margin",  # the difference
    "agree",  # BM25 alone and the fuzzy rerank put the same entry first
    "unknown_share",  # share of the question's content words no entry uses
    "log_length",  # log(1 + content words)
    "class_score",  # the per-entry classifier's cosine for the best-ranked entry
    "class_best",  # its best cosine for any entry
    "class_agrees",  # the classifier's favourite is the best-ranked entry
    "class_margin",  # its cosine for the best-ranked entry minus its best for any other entry
    "coverage",  # share of the question's content words that the best entry's own phrasings use
    "weighted_coverage",  # the same, each word weighted by its rarity across entries (unknown: rarest)
)
# ... and the scope model's probability that the question is about the FAQ's subject at all.
FEATURE_NAMES: Final = (*RANKING_FEATURES, "in_scope")
MAX_ALTERNATIVES: Final = 2
# A part of a message names a second topic only when it ranks that topic this well on its own: "PT minta
# 15jt kak" alone leans weakly to an online-scam entry, which beside a fee question only confuses.
SECOND_TOPIC_SCORE: Final = 0.4
# "Maksud Anda:" offers only entries scored close to the best one: a distant third (an insurance claim for
# death, trafficking) beside a question about age or a diploma confuses and frightens more than it helps.
CLARIFY_SHARE_OF_BEST: Final = 0.85
# Where one question ends and another begins in a message that asks two things.
_PART_SEPARATOR: Final = re.compile(r"[,;?!.\n]+|\s(?:dan|terus|trus|trs|lalu|and|also)\s", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Assessment:
    ranking: Ranking
    features: tuple[float, ...]
    confidence: float


def confidence_features(
    ranking: Ranking,
    class_scores: np.ndarray,
    index_of: dict[str, int],
    entry_words: Sequence[frozenset[str]],
    rarity: Callable[[str], float],
) -> list[float]:
    candidates = ranking.candidates
    best = candidates[0]
    runner_up = candidates[1].score if len(candidates) > 1 else 0.0
    words = len(ranking.words)
    best_index = index_of[best.entry_id]
    class_score = float(class_scores[best_index])
    others = np.delete(class_scores, best_index)
    class_other = float(others.max()) if len(others) else 0.0
    return [
        best.score,
        runner_up,
        best.score - runner_up,
        float(best.entry_id == ranking.lexical_best),
        ranking.unknown_words / words if words else 1.0,
        math.log1p(words),
        class_score,
        float(class_scores.max()),
        float(class_score >= class_other),
        class_score - class_other,
        sum(word in entry_words[best_index] for word in ranking.words) / words if words else 0.0,
        _weighted_share(ranking.words, entry_words[best_index], rarity),
    ]


def _weighted_share(words: Sequence[str], covered: frozenset[str], rarity: Callable[[str], float]) -> float:
    total = sum(rarity(word) for word in words)
    return sum(rarity(word) for word in words if word in covered) / total if total else 0.0


def choose_reply(
    question: str,
    ranking: Ranking,
    confidence: float,
    thresholds: Thresholds,
    max_candidates: int = 3,
) -> ReplyDecision:
    """The reply for a ranking and its confidence (without the second-topic check)."""
    candidates = ranking.candidates[:max_candidates]
    if not candidates:
        return ReplyDecision(question, Decision.FALLBACK, None, 0.0, (), ())
    best = candidates[0]
    if confidence >= thresholds.likely:
        alternatives: tuple[str, ...] = ()
        if confidence < thresholds.sure:
            alternatives = tuple(
                candidate.entry_id
                for candidate in ranking.candidates[1 : 1 + MAX_ALTERNATIVES]
                if candidate.score >= thresholds.alternative_score
            )
        return ReplyDecision(question, Decision.ANSWER, best.entry_id, confidence, alternatives, candidates)
    if best.score < thresholds.clarify_score:
        return ReplyDecision(question, Decision.FALLBACK, None, confidence, (), candidates)
    close = tuple(
        candidate for candidate in candidates if candidate.score >= CLARIFY_SHARE_OF_BEST * best.score
    )
    return ReplyDecision(question, Decision.CLARIFY, None, confidence, (), close)


class AnswerEngine:
    """Built once per knowledge base, next to the matcher; `decide_reply` is cheap (about a millisecond)."""

    def __init__(self, matcher: FaqMatcher, model: AnswerModel | None = None) -> None:
        self.matcher = matcher
        self.kb = matcher.kb
        self._index_of = {entry_id: index for index, entry_id in enumerate(self.kb.ids)}
        normalizer = matcher.normalizer
        phrasings = [
            [
                content_words(normalizer.tokens(text))
                for text in (*entry.questions.all(), entry.title.id, entry.title.en, *entry.tags)
            ]
            for entry in self.kb.entries
        ]
        self.phrasings = [words for entry in phrasings for words in entry]
        self.classifier = EntryClassifier(phrasings)
        self._entry_words = [frozenset(word for words in entry for word in words) for entry in phrasings]
        entries_using = Counter(word for words in self._entry_words for word in words)
        entry_count = len(self._entry_words)
        self._rarity = {word: math.log1p(entry_count / count) for word, count in entries_using.items()}
        self._unknown_rarity = math.log1p(entry_count)
        self._model = model

    @property
    def model(self) -> AnswerModel:
        if self._model is None:
            self._model = shipped_model(FEATURE_NAMES)
        return self._model

    def signals(self, question: str) -> tuple[Ranking, list[float] | None]:
        """The ranking and its `RANKING_FEATURES` (None when nothing was ranked)."""
        ranking = self.matcher.analyse(question)
        if not ranking.candidates:
            return ranking, None
        class_scores = self.classifier.scores(ranking.words)
        return ranking, confidence_features(
            ranking, class_scores, self._index_of, self._entry_words, self._word_rarity
        )

    def _word_rarity(self, word: str) -> float:
        return self._rarity.get(word, self._unknown_rarity)

    def assess(self, question: str) -> Assessment:
        ranking, features = self.signals(question)
        if features is None:
            return Assessment(ranking, (), 0.0)
        model = self.model
        features.append(model.in_scope(ranking.words))
        return Assessment(ranking, tuple(features), model.probability(features))

    def decide_reply(self, question: str) -> ReplyDecision:
        assessment = self.assess(question)
        thresholds = self.model.thresholds
        reply = choose_reply(
            question,
            assessment.ranking,
            assessment.confidence,
            thresholds,
            self.matcher.settings.max_candidates,
        )
        if reply.decision is Decision.ANSWER:
            reply = self._with_second_topic(reply)
        return reply

    def _read_alike(self, part_words: Sequence[str], entry_id: str, whole: set[str]) -> bool:
        """Whether the words tying a part to its entry mean the same in the whole message: cut off from
        "gaji blm naik", "boleh minta naik" reads as boarding a plane."""
        used = self._entry_words[self._index_of[entry_id]]
        return all(word in whole for word in part_words if word in used)

    def _with_second_topic(self, reply: ReplyDecision) -> ReplyDecision:
        """When the message has a part that points confidently at the answered entry and another that points
        confidently at a different one, offer that one as a button. The answer itself never changes: the
        whole message ranks better than any of its parts."""
        parts = [part for part in _PART_SEPARATOR.split(reply.question) if part and part.strip()]
        if len(parts) < 2:
            return reply
        thresholds = self.model.thresholds
        whole = set(self.matcher.analyse(reply.question).words)
        topics: list[str] = []  # each part's entry when that part alone would be answered
        for part in parts:
            assessment = self.assess(part)
            candidates = assessment.ranking.candidates
            if (
                candidates
                and assessment.confidence >= thresholds.likely
                and candidates[0].score >= max(thresholds.alternative_score, SECOND_TOPIC_SCORE)
                and self._read_alike(assessment.ranking.words, candidates[0].entry_id, whole)
            ):
                topics.append(candidates[0].entry_id)
        if reply.entry_id not in topics:
            return reply
        second = next((entry for entry in topics if entry != reply.entry_id), None)
        if second is None:
            return reply
        alternatives = tuple(entry_id for entry_id in reply.alternatives if entry_id != second)
        return dataclasses.replace(reply, alternatives=alternatives, second_topic=second)
