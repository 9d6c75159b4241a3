"""Match a user's question to an FAQ entry and decide whether to answer, ask back, or fall back.

How (and why):
1. Normalise (`faq.normalize`) and correct unknown words against the FAQ's own vocabulary (`faq.spelling`).
2. Rank *entries*, not phrasings: all phrasings, titles and tags of an entry form one document, indexed with
   BM25 (bm25s) twice, over words (+ word pairs) and over character 3-4-grams inside words. Comparing against
   single phrasings loses to this on colloquial Indonesian; n-grams soak up affixes ("dipegang", "pegang") and
   leftover typos, word features keep exact terms sharp.
3. BM25 scores have no fixed scale, so the confidence of a candidate is a fusion of three 0..1 signals:
   the two BM25 scores divided by the score the query gets against itself (how much of the query's
   information this entry covers), and rapidfuzz's token-set similarity against the entry's closest phrasing.
   The fusion is raised to `score_exponent` (0.7), a monotone calibration chosen on the dev sets.
   A country name that has its own entry weighs less when the rest of the question points at another
   entry ("alamat kjri hongkong" is about the consulate).
4. Decide: `answer` when confident and clearly ahead of the runner-up, `clarify` (offer the top candidates)
   when the best is middling or the top two are close, `fallback` when nothing fits. Confident means
   `answer_threshold` (0.55), or `agreed_answer_threshold` (0.48) when BM25 alone and the fuzzy rerank put the
   same entry first; "clearly ahead" means `min_margin` (0.07) over a runner-up that is itself good enough to
   answer, and 60 % of it over a weaker one. Tuned jointly on the three dev sets (direct answers up by 8-13
   points, wrong confident answers and out-of-scope answers not up). BM25 k1 = 2.0 (less saturation: a word
   repeated across an entry's phrasings counts more) won on all three sets for top-1.
"""

from __future__ import annotations

import functools
import itertools
import logging
import math
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final, Protocol

import bm25s
import numpy as np
from rapidfuzz import fuzz

from faq.model import FaqEntry, KnowledgeBase
from faq.normalize import Normalizer, basic_tokens
from faq.spelling import SpellingCorrector

log = logging.getLogger(__name__)

# Function words that say nothing about which entry is meant (after slang mapping).
STOPWORDS: Final = frozenset(
    {
        "yang",
        "di",
        "ke",
        "dari",
        "dan",
        "atau",
        "itu",
        "ini",
        "dengan",
        "untuk",
        "pada",
        "dalam",
        "menurut",
        "juga",
        "saja",
        "sudah",
        "belum",
        "akan",
        "bisa",
        "ada",
        "adalah",
        "apa",
        "apakah",
        "bagaimana",
        "gimana",
        "kenapa",
        "mengapa",
        "kapan",
        "dimana",
        "mana",
        "berapa",
        "siapa",
        "saya",
        "kamu",
        "kami",
        "kita",
        "kakak",
        "admin",
        "mohon",
        "tolong",
        "minta",
        "nya",
        "kah",
        "lah",
        "dong",
        "deh",
        "sih",
        "ya",
        "iya",
        "oke",
        "halo",
        "hai",
        "selamat",
        "pagi",
        "siang",
        "sore",
        "malam",
        "terima",
        "kasih",
        "mau",
        "ingin",
        "tanya",
        "bertanya",
        "nanya",
        "info",
        "informasi",
        "the",
        "a",
        "an",
        "is",
        "are",
        "was",
        "were",
        "be",
        "to",
        "of",
        "for",
        "in",
        "on",
        "at",
        "do",
        "does",
        "did",
        "how",
        "what",
        "which",
        "who",
        "where",
        "when",
        "why",
        "can",
        "could",
        "should",
        "would",
        "will",
        "my",
        "your",
        "i",
        "me",
        "we",
        "you",
        "it",
        "this",
        "that",
        "and",
        "or",
        "please",
        "hello",
        "hi",
        "about",
        "with",
        "as",
        "by",
        "if",
        "any",
        "there",
        "their",
        "they",
        "them",
        "am",
    }
)

_NGRAM_SIZES: Final = (3, 4)
_COUNTRY_PREFIX: Final = "negara-"


class Decision(StrEnum):
    ANSWER = "answer"
    CLARIFY = "clarify"
    FALLBACK = "fallback"


@dataclass(frozen=True, slots=True)
class Candidate:
    entry_id: str
    score: float


@dataclass(frozen=True, slots=True)
class MatchResult:
    query: str
    decision: Decision
    entry_id: str | None
    score: float
    candidates: tuple[Candidate, ...]
    urgent: bool = False
    urgency_reasons: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Ranking:
    """The ranking of one question and the signals a confidence estimate needs from it."""

    candidates: tuple[Candidate, ...]  # best first, at most `rerank_depth`
    lexical_best: str | None  # the entry BM25 alone puts first, before the fuzzy rerank
    words: tuple[str, ...]  # the question's content words after normalising and spelling correction
    unknown_words: int  # how many of `words` no entry uses


class UrgencyCheck(Protocol):
    def is_urgent(self, text: str) -> bool: ...


@dataclass(frozen=True, slots=True)
class MatcherSettings:
    """Decision thresholds (from config `matcher:`) and ranking knobs (tuned defaults; not in config)."""

    answer_threshold: float = 0.55
    # Answer threshold when the BM25 ranking and the fuzzy rerank agree on the best entry.
    agreed_answer_threshold: float = 0.48
    clarify_threshold: float = 0.30
    min_margin: float = 0.07
    # Share of `min_margin` enough when the runner-up scores below both answer thresholds.
    lone_margin_ratio: float = 0.6
    max_candidates: int = 3
    typo_cutoff: float = 85.0
    word_weight: float = 0.45
    char_weight: float = 0.35
    fuzzy_weight: float = 0.20
    rerank_depth: int = 8
    # A country name counts this much in the ranking: "alamat kjri hongkong" is about the consulate and
    # "gaji ga dibayar di malaysia" about unpaid wages, not about the country entries, while "kerja di
    # taiwan" still finds the Taiwan entry because nothing else matches the rest of the query.
    country_weight: float = 0.3
    country_rest_threshold: float = 0.4
    # An entry tagged for other countries only ("biaya-korea") counts this much when the question names a
    # country it is not about: "biaya ke jepang lwt lpk" wants Japan, "gaji minimum di hk" not Malaysia's.
    other_country_factor: float = 0.8
    # An entry whose id names its one country ("korea-kontrak", not `negara-korea`) counts this much when the
    # question names no country: "kontrak sy 2 thn, majikan mau perpanjang" wants the general contract entry,
    # and Korea's only when nothing general fits.
    unnamed_country_factor: float = 0.9
    self_tf: float = 1.0
    score_exponent: float = 0.7
    bm25_k1: float = 2.0
    bm25_b: float = 0.75

    @classmethod
    def from_config(cls, matcher_config: Any) -> MatcherSettings:
        """Build from `AppConfig.matcher` (or any object with these attributes); others keep defaults."""
        names = (field_name for field_name in cls.__dataclass_fields__ if hasattr(matcher_config, field_name))
        return cls(**{name: getattr(matcher_config, name) for name in names})


@dataclass(frozen=True, slots=True)
class _Features:
    words: list[str]
    chars: list[str]
    text: str
    # The subset of `words` / `chars` that come from country names (weighted down, see `country_weight`).
    country_words: frozenset[str] = frozenset()
    country_chars: frozenset[str] = frozenset()
    text_without_countries: str = ""
    # Every destination the question names, however many other words it has.
    named_countries: frozenset[str] = frozenset()


@dataclass(slots=True)
class _Index:
    bm25: bm25s.BM25
    documents: int

    def idf(self, feature_id: int) -> float:
        """BM25 (Lucene) idf; the index stores one score per document containing the feature."""
        indptr = self.bm25.scores["indptr"]
        frequency = int(indptr[feature_id + 1] - indptr[feature_id])
        return math.log(1 + (self.documents - frequency + 0.5) / (frequency + 0.5))

    @property
    def max_idf(self) -> float:
        return math.log(1 + (self.documents - 0.5) / 1.5)


class FaqMatcher:
    """Built once per knowledge base (index build is the expensive part); `match` is cheap and thread-safe."""

    def __init__(
        self,
        kb: KnowledgeBase,
        settings: MatcherSettings | None = None,
        detector: UrgencyCheck | None = None,
    ) -> None:
        self.kb = kb
        self.settings = settings or MatcherSettings()
        self.detector = detector
        self.normalizer = Normalizer(kb.synonyms)
        started = time.perf_counter()
        self._entry_ids = [entry.id for entry in kb.entries]
        self._countries = _country_words(kb, self.normalizer)
        self._country_entries = frozenset(
            entry.id for entry in kb.entries if entry.id.startswith(_COUNTRY_PREFIX)
        )
        self._entry_countries = [self._countries_of(entry) for entry in kb.entries]
        self._named_in_id = [
            not entry.id.startswith(_COUNTRY_PREFIX)
            and any(token in self._countries for token in self.normalizer.tokens(entry.id.replace("-", " ")))
            for entry in kb.entries
        ]
        self._phrasings: list[tuple[str, ...]] = []
        word_docs: list[list[str]] = []
        char_docs: list[list[str]] = []
        vocabulary: set[str] = set()
        for entry in kb.entries:
            phrasings, tokenized = self._entry_texts(entry)
            self._phrasings.append(phrasings)
            word_docs.append([feature for tokens in tokenized for feature in _word_features(tokens)])
            char_docs.append([feature for tokens in tokenized for feature in _char_features(tokens)])
            vocabulary.update(token for tokens in tokenized for token in tokens)
        real_words = {
            token
            for entry in kb.entries
            for lang in ("id", "en")
            for token in basic_tokens(entry.answer.get(lang))
        }
        self.speller = SpellingCorrector(vocabulary, cutoff=self.settings.typo_cutoff, real_words=real_words)
        k1, b = self.settings.bm25_k1, self.settings.bm25_b
        self._words = _build_index(word_docs, k1, b)
        self._chars = _build_index(char_docs, k1, b)
        log.debug(
            "FAQ index built: %d entries, %d words, %.3f s",
            len(kb),
            len(vocabulary),
            time.perf_counter() - started,
        )

    def _entry_texts(self, entry: FaqEntry) -> tuple[tuple[str, ...], list[list[str]]]:
        """Normalised phrasings (for the fuzzy rerank) and the token lists of everything that is indexed."""
        phrasings = [
            self.normalizer.tokens(text) for text in (*entry.questions.all(), entry.title.id, entry.title.en)
        ]
        extras = [self.normalizer.tokens(text) for text in (*entry.tags, entry.id.replace("-", " "))]
        fuzzy_texts = tuple(" ".join(content_words(tokens)) for tokens in phrasings)
        return fuzzy_texts, phrasings + extras

    def match(self, query: str) -> MatchResult:
        urgent = self.detector.is_urgent(query) if self.detector is not None else False
        reasons: tuple[str, ...] = ()
        explain = getattr(self.detector, "reasons", None)
        if urgent and callable(explain):
            reasons = tuple(explain(query))
        ranked, lexical_best = self._rank(query)
        if not ranked:
            return MatchResult(query, Decision.FALLBACK, None, 0.0, (), urgent, reasons)
        candidates = tuple(ranked[: self.settings.max_candidates])
        best = candidates[0]
        runner_up = candidates[1].score if len(candidates) > 1 else 0.0
        decision = self._decide(best.score, runner_up, agreed=best.entry_id == lexical_best)
        entry_id = best.entry_id if decision is not Decision.FALLBACK else None
        return MatchResult(query, decision, entry_id, best.score, candidates, urgent, reasons)

    def rank(self, query: str) -> list[Candidate]:
        """Candidates best first with their 0..1 confidence (at most `rerank_depth`)."""
        return self._rank(query)[0]

    def analyse(self, query: str) -> Ranking:
        """The ranking with the signals behind it (no urgency check, no decision)."""
        features = self._query_features(query)
        ranked, lexical_best = self._rank_features(features)
        words = tuple(content_words(features.text.split()))
        known = self.speller.vocabulary
        unknown = sum(1 for word in words if word not in known)
        return Ranking(tuple(ranked), lexical_best, words, unknown)

    def _rank(self, query: str) -> tuple[list[Candidate], str | None]:
        """Candidates, and the entry the BM25 ranking alone puts first (before the fuzzy rerank)."""
        return self._rank_features(self._query_features(query))

    def _rank_features(self, features: _Features) -> tuple[list[Candidate], str | None]:
        if not features.words and not features.chars:
            return [], None
        lexical = self._lexical(features, 1.0)
        if lexical is None:
            return [], None
        settings = self.settings
        fuzzy_text = features.text
        if features.country_words and settings.country_weight < 1.0:
            # Weigh the country down only when the rest of the query clearly points at a non-country entry.
            rest = self._lexical(features, 0.0)
            if rest is not None:
                best_rest = int(np.argmax(rest))
                if (
                    self._entry_ids[best_rest] not in self._country_entries
                    and rest[best_rest] >= settings.country_rest_threshold
                ):
                    lexical = self._lexical(features, settings.country_weight)
                    assert lexical is not None  # the full query had usable features
                    fuzzy_text = features.text_without_countries
        depth = min(settings.rerank_depth, len(lexical))
        top = np.argpartition(-lexical, depth - 1)[:depth]
        results = []
        for index in top:
            if lexical[index] <= 0:
                continue
            fuzzy = self._fuzzy(fuzzy_text, int(index))
            fused = min(float(lexical[index]) + settings.fuzzy_weight * fuzzy, 1.0)
            countries = self._entry_countries[index]
            if features.named_countries and countries and not countries & features.named_countries:
                fused *= settings.other_country_factor
            elif not features.named_countries and self._named_in_id[index]:
                fused *= settings.unnamed_country_factor
            results.append(Candidate(self._entry_ids[index], round(fused**settings.score_exponent, 4)))
        results.sort(key=lambda candidate: candidate.score, reverse=True)
        return results, self._entry_ids[int(np.argmax(lexical))]

    def _lexical(self, features: _Features, country_weight: float) -> np.ndarray | None:
        """Weighted BM25 coverage (0..1) of the query by every entry; None when no feature is usable."""
        word_scores, word_self = self._scores(
            self._words, features.words, features.country_words, country_weight
        )
        char_scores, char_self = self._scores(
            self._chars, features.chars, features.country_chars, country_weight
        )
        if word_self <= 0 and char_self <= 0:
            return None
        word_part = word_scores / word_self if word_self > 0 else np.zeros_like(char_scores)
        char_part = char_scores / char_self if char_self > 0 else np.zeros_like(word_scores)
        settings = self.settings
        lexical: np.ndarray = settings.word_weight * np.minimum(
            word_part, 1.0
        ) + settings.char_weight * np.minimum(char_part, 1.0)
        return lexical

    def _decide(self, best: float, runner_up: float, *, agreed: bool = False) -> Decision:
        settings = self.settings
        # BM25 and the fuzzy rerank are different views of the question; when both put the same entry first,
        # a lower score is already a safe answer (on the dev sets: many more direct answers, no more wrong).
        answer_at = settings.answer_threshold
        if agreed:
            answer_at = min(answer_at, settings.agreed_answer_threshold)
        # Two plausible answers ("lapor paspor": report, or passport?) need a clear gap; a runner-up that
        # could not be answered anyway needs less.
        plausible_runner_up = runner_up >= min(settings.answer_threshold, settings.agreed_answer_threshold)
        margin = settings.min_margin * (1.0 if plausible_runner_up else settings.lone_margin_ratio)
        if best >= answer_at and best - runner_up >= margin:
            return Decision.ANSWER
        if best >= settings.clarify_threshold:
            return Decision.CLARIFY
        return Decision.FALLBACK

    def _query_features(self, query: str) -> _Features:
        tokens = self.normalizer.tokens(query)
        corrected = self.speller.correct_all(tokens)
        words = _word_features(corrected)
        chars = _char_features(corrected)
        countries = [token for token in corrected if token in self._countries]
        named = frozenset(countries)
        # One other word ("gaji di jepang berapa") is not enough to say the question is about another topic.
        others = {token for token in content_words(corrected) if token not in self._countries}
        if not countries or len(others) < 2:
            return _Features(words, chars, " ".join(corrected), named_countries=named)
        country_words = frozenset(f"w:{token}" for token in countries) | frozenset(
            feature for feature in words if any(part in self._countries for part in feature[2:].split("_"))
        )
        return _Features(
            words,
            chars,
            " ".join(corrected),
            country_words,
            frozenset(feature for token in countries for feature in _word_ngrams(token)),
            " ".join(token for token in corrected if token not in self._countries),
            named,
        )

    def _countries_of(self, entry: FaqEntry) -> frozenset[str]:
        """The destinations an entry is about, from its id (`negara-taiwan`) and its tags (`hong-kong`)."""
        names = [entry.id.removeprefix(_COUNTRY_PREFIX)] if entry.id.startswith(_COUNTRY_PREFIX) else []
        names.extend(entry.tags)
        tokens = {token for name in names for token in self.normalizer.tokens(name.replace("-", " "))}
        return frozenset(tokens & self._countries)

    def _scores(
        self,
        index: _Index,
        features: Sequence[str],
        down_weighted: frozenset[str] = frozenset(),
        weight: float = 1.0,
    ) -> tuple[np.ndarray, float]:
        """BM25 scores of every entry, and the best score a document made of the query itself could get.
        Features in `down_weighted` count `weight` times, in both."""
        vocab = index.bm25.vocab_dict
        known = [vocab[feature] for feature in features if feature in vocab]
        if not known:
            return np.zeros(len(self._entry_ids), dtype=np.float32), 0.0
        scores = np.asarray(index.bm25.get_scores(known), dtype=np.float32)
        # Self-score: every query feature present once, in a document of average length (BM25 tf term = 1).
        # Unknown features count with the idf of a feature seen once: words we have never seen lower the
        # confidence, which is what keeps out-of-scope questions from being answered.
        unknown = len(features) - len(known)
        self_score = sum(index.idf(feature_id) for feature_id in known) + unknown * index.max_idf
        down = [vocab[feature] for feature in features if feature in down_weighted and feature in vocab]
        if down and weight < 1.0:
            cut = 1.0 - weight
            scores = scores - cut * np.asarray(index.bm25.get_scores(down), dtype=np.float32)
            self_score -= cut * sum(index.idf(feature_id) for feature_id in down)
        return scores, self.settings.self_tf * self_score

    def _fuzzy(self, text: str, entry_index: int) -> float:
        best = 0.0
        for phrasing in self._phrasings[entry_index]:
            best = max(best, fuzz.token_set_ratio(text, phrasing))
        return best / 100.0


def _country_words(kb: KnowledgeBase, normalizer: Normalizer) -> frozenset[str]:
    """Words naming a destination that has its own entry (`negara-taiwan` -> "taiwan"), as normalised."""
    return frozenset(
        token
        for entry in kb.entries
        if entry.id.startswith(_COUNTRY_PREFIX)
        for token in normalizer.tokens(entry.id.removeprefix(_COUNTRY_PREFIX).replace("-", " "))
        if token not in STOPWORDS
    )


def content_words(tokens: Iterable[str]) -> list[str]:
    return [token for token in tokens if token not in STOPWORDS]


def _word_features(tokens: Sequence[str]) -> list[str]:
    words = content_words(tokens)
    features = [f"w:{word}" for word in words]
    features.extend(f"b:{first}_{second}" for first, second in itertools.pairwise(words))
    return features


def _char_features(tokens: Sequence[str]) -> list[str]:
    features: list[str] = []
    for word in content_words(tokens):
        features.extend(_word_ngrams(word))
    return features


@functools.lru_cache(maxsize=65_536)
def _word_ngrams(word: str) -> tuple[str, ...]:
    """Character n-grams inside one word, with < > marking its edges (cached: words repeat a lot)."""
    padded = f"<{word}>"
    return tuple(f"c:{padded[i : i + size]}" for size in _NGRAM_SIZES for i in range(len(padded) - size + 1))


def _build_index(documents: list[list[str]], k1: float, b: float) -> _Index:
    bm25 = bm25s.BM25(k1=k1, b=b)
    # bm25s needs at least one token per document; an entry without content words gets a placeholder.
    safe_docs = [doc or ["<empty>"] for doc in documents]
    bm25.index(safe_docs, show_progress=False)
    return _Index(bm25, len(safe_docs))
