"""The shipped FAQ and answer engine, loaded once for the first-reply tests, and an entry's answer as a user
reads it (figures filled in from the destinations table)."""

from __future__ import annotations

import functools

from faq.answering import AnswerEngine
from faq.destinations import load_destinations
from faq.loader import load_knowledge_base
from faq.matcher import FaqMatcher
from faq.model import KnowledgeBase
from faq.render import fill_placeholders


@functools.cache
def knowledge() -> KnowledgeBase:
    return load_knowledge_base()


@functools.cache
def engine() -> AnswerEngine:
    return AnswerEngine(FaqMatcher(knowledge()))


def answer_text(entry_id: str, lang: str = "id") -> str:
    entry = knowledge().get(entry_id)
    assert entry is not None, entry_id
    values = load_destinations().placeholders(lang)
    return fill_placeholders(entry.answer.get(lang), values)
