"""The durable update inbox. Never commits."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from storage.models.inbox import InboxUpdate

# Statements on every update go to the table, not the mapped class (no ORM work: several times cheaper).
assert isinstance(InboxUpdate.__table__, Table)
INBOX: Table = InboxUpdate.__table__
_MARK_HANDLED = update(INBOX).where(INBOX.c.update_key.in_(bindparam("keys", expanding=True)))
# Built once and given the rows as parameters: SQLAlchemy sends them as one multi-row INSERT all the same
# ("insertmanyvalues"), but a statement with the rows inside `.values()` is compiled anew on every call.
_ADD_NEW = {
    name: dialect.insert(INBOX)
    .on_conflict_do_nothing(index_elements=[INBOX.c.update_key])
    .returning(INBOX.c.update_key)
    for name, dialect in (("postgresql", postgresql), ("sqlite", sqlite))
}


class InboxRows:
    """The statements of every update, on a session or on a bare connection (no ORM work)."""

    def __init__(self, executor: AsyncSession | AsyncConnection) -> None:
        self.executor = executor

    async def add_new(self, rows: Sequence[dict[str, Any]]) -> set[str]:
        """Insert the rows (column values) whose update key is not stored yet; return their keys.
        One statement for the whole batch: the update path stores a batch per fetch or webhook call."""
        if not rows:
            return set()
        bind = self.executor.bind if isinstance(self.executor, AsyncSession) else self.executor
        dialect = "postgresql" if bind is not None and bind.dialect.name == "postgresql" else "sqlite"
        statement = _ADD_NEW[dialect]
        return set((await self.executor.scalars(statement, list(rows))).all())

    async def mark_handled(self, keys: Collection[str], at: datetime) -> None:
        if keys:
            await self.executor.execute(_MARK_HANDLED, {"keys": list(keys), "handled_at": at})


class InboxRepository(InboxRows):
    def __init__(self, session: AsyncSession) -> None:
        super().__init__(session)
        self.session = session

    async def get(self, key: str) -> InboxUpdate | None:
        statement = select(InboxUpdate).where(InboxUpdate.update_key == key)
        return (await self.session.scalars(statement)).one_or_none()

    async def unhandled(self) -> Sequence[InboxUpdate]:
        """In the order they were stored (update ids may have started again in between)."""
        statement = select(InboxUpdate).where(InboxUpdate.handled_at.is_(None)).order_by(InboxUpdate.id)
        return (await self.session.scalars(statement)).all()

    async def delete_handled_before(self, before: datetime) -> int:
        result = await self.session.execute(
            delete(InboxUpdate).where(InboxUpdate.handled_at.is_not(None), InboxUpdate.handled_at < before)
        )
        return int(getattr(result, "rowcount", 0) or 0)

    async def blank_handled_of_chat(self, chat_id: int) -> int:
        """Empty the payloads of a chat's handled updates; the rows (and keys) stay so a second delivery
        of one is still recognised."""
        result = await self.session.execute(
            update(InboxUpdate)
            .where(InboxUpdate.chat_id == chat_id, InboxUpdate.handled_at.is_not(None))
            .values(payload={})
        )
        return int(getattr(result, "rowcount", 0) or 0)
