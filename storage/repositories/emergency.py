"""Per-user emergency memory. Never commits."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row, Table, bindparam, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from storage.base import utcnow
from storage.models.emergency import EmergencyContext

assert isinstance(EmergencyContext.__table__, Table)
_CONTEXTS: Table = EmergencyContext.__table__
# country, place_words, pending_story, alerts
ContextRow = Row[str | None, str | None, str | None, dict[str, Any] | None]
# Read on most messages: a plain row, built once (no ORM identity lookup, no statement built per call).
_READ = select(
    _CONTEXTS.c.country, _CONTEXTS.c.place_words, _CONTEXTS.c.pending_story, _CONTEXTS.c.alerts
).where(_CONTEXTS.c.user_id == bindparam("context_user"))


async def read_context(executor: AsyncSession | AsyncConnection, user_id: int) -> ContextRow | None:
    """What the handlers read (country, place_words, pending_story, alerts), for reading only; on a bare
    connection where no session is wanted."""
    return (await executor.execute(_READ, {"context_user": user_id})).one_or_none()


class EmergencyRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def read(self, user_id: int) -> ContextRow | None:
        """What the handlers read (country, place_words, pending_story, alerts), for reading only."""
        return await read_context(self.session, user_id)

    async def get(self, user_id: int) -> EmergencyContext | None:
        return await self.session.get(EmergencyContext, user_id)

    async def get_or_add(self, user_id: int) -> EmergencyContext:
        row = await self.session.get(EmergencyContext, user_id, with_for_update=True)
        if row is None:
            row = EmergencyContext(user_id=user_id, alerts={}, updated_at=utcnow())
            self.session.add(row)
            await self.session.flush()
        return row
