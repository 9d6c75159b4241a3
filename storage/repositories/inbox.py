"""The durable update inbox. Never commits."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models.inbox import InboxUpdate


class InboxRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, update_id: int) -> InboxUpdate | None:
        return await self.session.get(InboxUpdate, update_id)

    async def known_ids(self, update_ids: Collection[int]) -> set[int]:
        if not update_ids:
            return set()
        statement = select(InboxUpdate.update_id).where(InboxUpdate.update_id.in_(update_ids))
        return set((await self.session.scalars(statement)).all())

    async def add_all(self, rows: Sequence[InboxUpdate]) -> None:
        self.session.add_all(rows)
        await self.session.flush()

    async def unhandled(self) -> Sequence[InboxUpdate]:
        statement = (
            select(InboxUpdate).where(InboxUpdate.handled_at.is_(None)).order_by(InboxUpdate.update_id)
        )
        return (await self.session.scalars(statement)).all()

    async def mark_handled(self, update_ids: Collection[int], at: datetime) -> None:
        if update_ids:
            await self.session.execute(
                update(InboxUpdate).where(InboxUpdate.update_id.in_(update_ids)).values(handled_at=at)
            )

    async def delete_handled_before(self, before: datetime) -> int:
        result = await self.session.execute(
            delete(InboxUpdate).where(InboxUpdate.handled_at.is_not(None), InboxUpdate.handled_at < before)
        )
        return int(getattr(result, "rowcount", 0) or 0)
