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

    async def get(self, key: str) -> InboxUpdate | None:
        statement = select(InboxUpdate).where(InboxUpdate.update_key == key)
        return (await self.session.scalars(statement)).one_or_none()

    async def known_keys(self, keys: Collection[str]) -> set[str]:
        if not keys:
            return set()
        statement = select(InboxUpdate.update_key).where(InboxUpdate.update_key.in_(keys))
        return set((await self.session.scalars(statement)).all())

    async def add_all(self, rows: Sequence[InboxUpdate]) -> None:
        self.session.add_all(rows)
        await self.session.flush()

    async def unhandled(self) -> Sequence[InboxUpdate]:
        """In the order they were stored (update ids may have started again in between)."""
        statement = select(InboxUpdate).where(InboxUpdate.handled_at.is_(None)).order_by(InboxUpdate.id)
        return (await self.session.scalars(statement)).all()

    async def mark_handled(self, keys: Collection[str], at: datetime) -> None:
        if keys:
            await self.session.execute(
                update(InboxUpdate).where(InboxUpdate.update_key.in_(keys)).values(handled_at=at)
            )

    async def delete_handled_before(self, before: datetime) -> int:
        result = await self.session.execute(
            delete(InboxUpdate).where(InboxUpdate.handled_at.is_not(None), InboxUpdate.handled_at < before)
        )
        return int(getattr(result, "rowcount", 0) or 0)
