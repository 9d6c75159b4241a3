"""The naive yardstick from issue 2: rapidfuzz `process.extractOne` with WRatio over every raw phrasing.

Kept so the eval and the benchmark can show what the entry-level matcher buys over the obvious approach.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process, utils

from faq.model import KnowledgeBase


class NaiveMatcher:
    def __init__(self, kb: KnowledgeBase) -> None:
        self._phrasings: list[str] = []
        self._owners: list[str] = []
        for entry in kb:
            for phrasing in entry.questions.all():
                self._phrasings.append(phrasing)
                self._owners.append(entry.id)

    def best(self, query: str) -> str | None:
        """The entry owning the most similar phrasing, or None for an empty knowledge base."""
        found = process.extractOne(
            query, self._phrasings, scorer=fuzz.WRatio, processor=utils.default_process
        )
        return None if found is None else self._owners[found[2]]
