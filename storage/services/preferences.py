"""The language each user chose with /bahasa, remembered in the database and cached in memory.

Every update asks for the user's language, so reads are served from a small in-process cache; a change
writes through. With several bot instances on PostgreSQL a change made on one instance reaches the others
when their cache entry is evicted; a language switch is rare and harmless to see a little late.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Protocol

from faq.model import Language
from storage.db import Database
from storage.repositories.preferences import PreferenceRepository
from storage.services.uow import key_read

CACHE_SIZE = 10_000


class TelegramLikeUser(Protocol):
    """What we need from a Telegram user: its id and the language its app reports."""

    @property
    def id(self) -> int: ...

    @property
    def language_code(self) -> str | None: ...


def language_from_code(code: str | None, default: Language = "id") -> Language:
    """Telegram's language_code ("en-GB", "id", None) to one we speak; Indonesian unless clearly English."""
    if code and code.lower().startswith("en"):
        return "en"
    if code and code.lower().startswith(("id", "in", "jv", "su", "ms")):
        return "id"
    return default


class PreferenceService:
    def __init__(self, database: Database, default_language: Language = "id") -> None:
        self._database = database
        self._default = default_language
        self._cache: OrderedDict[int, Language | None] = OrderedDict()

    async def language_for(self, user: TelegramLikeUser | None) -> Language:
        """The language to talk to this user in: their /bahasa choice, else their app's language."""
        if user is None:
            return self._default
        chosen = await self.chosen_language(user.id)
        return chosen or language_from_code(user.language_code, self._default)

    async def chosen_language(self, user_id: int) -> Language | None:
        if user_id in self._cache:
            self._cache.move_to_end(user_id)
            return self._cache[user_id]
        async with key_read(self._database) as session:
            stored = await PreferenceRepository(session).language_of(user_id)
        language: Language | None = "en" if stored == "en" else "id" if stored == "id" else None
        self._remember(user_id, language)
        return language

    async def set_language(self, user_id: int, language: Language) -> None:
        async with self._database.sessions.begin() as session:
            await PreferenceRepository(session).set_language(user_id, language)
        self._remember(user_id, language)

    def _remember(self, user_id: int, language: Language | None) -> None:
        self._cache[user_id] = language
        self._cache.move_to_end(user_id)
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
