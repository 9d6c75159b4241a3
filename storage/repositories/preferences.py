"""Per-user preferences (the chosen language). Never commits."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from storage.models.preferences import UserPreference


class PreferenceRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def language_of(self, user_id: int) -> str | None:
        record = await self.session.get(UserPreference, user_id)
        return None if record is None else record.language

    async def set_language(self, user_id: int, language: str) -> None:
        record = await self.session.get(UserPreference, user_id)
        if record is None:
            self.session.add(UserPreference(user_id=user_id, language=language))
        else:
            record.language = language
        await self.session.flush()
