"""The FAQ as the bot uses it: the loaded knowledge base, the matcher, the urgency detector and the
placeholder values, behind a few questions a handler asks ("match this", "render that entry").

Loading the content and building the matcher's index takes a few hundred milliseconds, so the result is
cached per content location: tests and restarts in one process build it once.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.config import AppConfig
from faq.answering import AnswerEngine
from faq.destinations import Destinations
from faq.loader import load_knowledge_base
from faq.matcher import Decision, FaqMatcher, MatcherSettings, MatchResult
from faq.model import LANGUAGES, FaqEntry, KnowledgeBase, Language
from faq.render import render_answer
from faq.reply import ReplyDecision
from faq.triage import UrgencyDetector

logger = logging.getLogger(__name__)
# bm25s sets its own logger to DEBUG when imported (just above, through faq.matcher); its per-index
# messages are noise in the bot's log.
logging.getLogger("bm25s").setLevel(logging.WARNING)


@dataclass(frozen=True)
class _Engine:
    kb: KnowledgeBase
    matcher: FaqMatcher
    detector: UrgencyDetector
    answers: AnswerEngine


@functools.lru_cache(maxsize=4)
def _build_engine(paths: tuple[Path, ...] | None, settings: MatcherSettings) -> _Engine:
    kb = load_knowledge_base(paths)
    detector = UrgencyDetector()
    matcher = FaqMatcher(kb, settings, detector)
    answers = AnswerEngine(matcher)
    answers.model  # noqa: B018 -- load the shipped confidence model now: a broken file fails at start-up
    logger.info("FAQ loaded: %s entries", len(kb))
    return _Engine(kb, matcher, detector, answers)


class FaqService:
    def __init__(self, config: AppConfig, destinations: Destinations | None = None) -> None:
        settings = MatcherSettings.from_config(config.matcher)
        engine = _build_engine(config.matcher.content_paths, settings)
        self.kb = engine.kb
        self.matcher = engine.matcher
        self.detector = engine.detector
        self.answers = engine.answers
        # `{dest_...}` numbers are marked "(cek ulang)" in the reader's language when unverified.
        self._placeholders: Mapping[Language, Mapping[str, str]] = {
            lang: {
                **config.placeholders(),
                **(destinations.placeholders(lang) if destinations is not None else {}),
            }
            for lang in LANGUAGES
        }

    def match(self, question: str) -> MatchResult:
        return self.matcher.match(question)

    def decide_reply(self, question: str) -> ReplyDecision:
        """What the first reply to this question shows (the same decision `faq ask` prints)."""
        return self.answers.decide_reply(question)

    def is_urgent(self, text: str) -> bool:
        return self.detector.is_urgent(text)

    def normalized(self, text: str) -> str:
        """The matcher's normalised form, used to group logged questions that differ only in spelling."""
        try:
            return " ".join(self.matcher.normalizer.tokens(text))
        except Exception:  # the normaliser is the matcher engineer's; a failure here must not lose the log
            logger.exception("normalising a question failed")
            return ""

    def entry(self, entry_id: str) -> FaqEntry | None:
        return self.kb.get(entry_id) if entry_id in self.kb else None

    def title(self, entry_id: str, lang: Language) -> str:
        entry = self.entry(entry_id)
        return entry.title.get(lang) if entry is not None else entry_id

    def answer(self, entry: FaqEntry, lang: Language) -> str:
        return render_answer(entry, lang, self._placeholders[lang])

    def related(self, entry: FaqEntry, limit: int = 3) -> list[FaqEntry]:
        return [self.kb.get(entry_id) for entry_id in entry.related if entry_id in self.kb][:limit]

    def first_existing(self, *entry_ids: str) -> FaqEntry | None:
        for entry_id in entry_ids:
            if entry_id in self.kb:
                return self.kb.get(entry_id)
        return None


__all__ = ["Decision", "FaqService", "MatchResult", "ReplyDecision"]
