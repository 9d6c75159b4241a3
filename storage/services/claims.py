"""The inbox shared by instances: which chats wait, and each chat's next update in stored order.

An instance works on a chat only while it holds the chat's lease (`storage.services.leases`), so a chat's
updates are taken one at a time, oldest stored first, whichever instance received them. `next_for_chat`
counts the attempt that begins; an update that already had `max_attempts` is given up (marked handled) so
a poisonous one cannot block its chat forever.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, String, cast, func, literal, literal_column, select

from storage.base import utcnow
from storage.db import Database
from storage.models.inbox import InboxUpdate
from storage.models.leases import WorkLease
from storage.services.inbox import PendingUpdate
from storage.services.uow import write_transaction

NO_CHAT = 0  # updates without a chat (rare: polls, inline queries) share one lane


LEASE_PREFIX = "chat:"


def lease_name(chat_id: int) -> str:
    return f"{LEASE_PREFIX}{chat_id}"


def chat_of_lease(name: str) -> int:
    return int(name.removeprefix(LEASE_PREFIX))


@dataclass(frozen=True)
class Claimed:
    """The next update of a chat, or the id of one given up (`pending` is None then)."""

    pending: PendingUpdate | None
    given_up: int | None = None


class ChatQueues:
    def __init__(self, database: Database, *, max_attempts: int) -> None:
        self._database = database
        self.max_attempts = max_attempts

    async def chats_waiting(self, limit: int) -> list[int]:
        """Chats with unhandled updates that no instance holds, the one waiting longest first."""
        oldest = func.min(InboxUpdate.id)
        # A literal, not a bound parameter: PostgreSQL must see the same expression in both clauses.
        chat = func.coalesce(InboxUpdate.chat_id, literal_column(str(NO_CHAT)))
        held = select(WorkLease.name).where(
            WorkLease.name == literal(LEASE_PREFIX, String).concat(cast(chat, String)),
            WorkLease.expires_at > utcnow(),
        )
        statement = (
            select(chat, oldest)
            .where(InboxUpdate.handled_at.is_(None), ~held.exists())
            .group_by(chat)
            .order_by(oldest)
            .limit(limit)
        )
        async with self._database.sessions() as session:
            return [int(row[0]) for row in (await session.execute(statement)).all()]

    async def backlog(self) -> int:
        statement = select(func.count()).select_from(InboxUpdate).where(InboxUpdate.handled_at.is_(None))
        async with self._database.sessions() as session:
            return int((await session.execute(statement)).scalar_one())

    async def has_waiting(self, chat_id: int) -> bool:
        statement = select(InboxUpdate.id).where(_of_chat(chat_id), InboxUpdate.handled_at.is_(None)).limit(1)
        async with self._database.sessions() as session:
            return (await session.execute(statement)).first() is not None

    async def next_for_chat(self, chat_id: int) -> Claimed | None:
        """The chat's oldest unhandled update, one more attempt counted; None when the chat is done.

        Call only while holding the chat's lease.
        """
        statement = (
            select(InboxUpdate)
            .where(_of_chat(chat_id), InboxUpdate.handled_at.is_(None))
            .order_by(InboxUpdate.id)
            .limit(1)
        )
        async with write_transaction(self._database) as session:
            row = (await session.scalars(statement)).one_or_none()
            if row is None:
                return None
            if row.attempts >= self.max_attempts:
                row.handled_at = utcnow()
                return Claimed(None, given_up=row.update_id)
            row.attempts += 1
            return Claimed(PendingUpdate(row.update_key, row.update_id, dict(row.payload), row.attempts))


def _of_chat(chat_id: int) -> ColumnElement[bool]:
    return InboxUpdate.chat_id.is_(None) if chat_id == NO_CHAT else InboxUpdate.chat_id == chat_id
