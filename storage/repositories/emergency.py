"""Per-user emergency memory. Never commits."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from storage.base import utcnow
from storage.models.emergency import EmergencyContext


class EmergencyRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, user_id: int) -> EmergencyContext | None:
        return await self.session.get(EmergencyContext, user_id)

    async def get_or_add(self, user_id: int) -> EmergencyContext:
        row = await self.session.get(EmergencyContext, user_id, with_for_update=True)
        if row is None:
            row = EmergencyContext(user_id=user_id, alerts={}, updated_at=utcnow())
            self.session.add(row)
            await self.session.flush()
        return row
