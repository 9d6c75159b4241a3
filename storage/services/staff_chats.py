"""Which staff chats may hold someone who is not staff: marked by the member checks, read before every card
and notice sent there (one primary-key lookup), cleared when a check finds only known staff again."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite

from storage.base import utcnow
from storage.db import Database
from storage.models.staff_chats import MAX_REASON_LENGTH, ExposedStaffChat
from storage.services.uow import key_read, write_transaction


class ExposedStaffChats:
    def __init__(self, database: Database) -> None:
        self._database = database

    async def is_exposed(self, chat_id: int) -> bool:
        async with key_read(self._database) as session:
            return await session.get(ExposedStaffChat, chat_id) is not None

    async def all(self) -> set[int]:
        async with self._database.sessions() as session:
            return set((await session.scalars(select(ExposedStaffChat.chat_id))).all())

    async def mark(self, chat_id: int, reason: str) -> bool:
        """True when the chat was not marked before (the admins are warned once, not on every check)."""
        insert: Any = (
            postgresql.insert if self._database.engine.dialect.name == "postgresql" else sqlite.insert
        )
        # Two instances checking the same chat at once: one row, and only one of them warns.
        statement = (
            insert(ExposedStaffChat)
            .values(chat_id=chat_id, reason=reason[:MAX_REASON_LENGTH], since=utcnow())
            .on_conflict_do_nothing(index_elements=[ExposedStaffChat.chat_id])
            .returning(ExposedStaffChat.chat_id)
        )
        async with write_transaction(self._database) as session:
            return (await session.execute(statement)).scalar_one_or_none() is not None

    async def clear(self, chat_id: int) -> bool:
        """True when the chat was marked."""
        async with write_transaction(self._database) as session:
            result = await session.execute(
                delete(ExposedStaffChat).where(ExposedStaffChat.chat_id == chat_id)
            )
            return bool(getattr(result, "rowcount", 0))
